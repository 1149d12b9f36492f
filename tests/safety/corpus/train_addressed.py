"""Training examples, addressed, written by a helper on 2026-11-22.

Voice "addressed": entries written TO someone - unsent letters to the partner ("you said...", "you
did it again tonight"), questions to the app or to the writer's self ("is this normal?"), quoted
speech and pasted texts, remembered dialogue from tonight's fight, and notes-to-self lists.
"""

POSITIVES = [
    # self_harm
    (
        "you said i was being dramatic tonight. i wasnt. i have the pills counted out in the bathroom drawer and i keep going back to look at them",
        "self_harm",
    ),
    (
        "is it normal to lie in bed and hope you just dont wake up? not like a plan. i just want it all to stop",
        "self_harm",
    ),
    (
        "dear Sam, if you're reading this on my phone after, none of it was your fault. I just couldn't keep doing this.",
        "self_harm",
    ),
    (
        "things to remember: 1. cancel the gym 2. give Aoife the good coat 3. finish the letters. i think im getting my affairs in order and i dont know how to feel about that",
        "self_harm",
    ),
    (
        "am I overreacting if I say I don't want to be alive anymore? because that's where I am at 2am.",
        "self_harm",
    ),
    (
        "Priya, you said tonight 'you'd be better off without me' and the worst part is I thought the same thing, only about me. everyone would be better off.",
        "self_harm",
    ),
    (
        "I cut again tonight. You were asleep in the next room. I wrapped it and pulled my sleeve down like always.",
        "self_harm",
    ),
    (
        "note to self: the bridge on the way to work. stop looking at it like that. stop working out how high it is.",
        "self_harm",
    ),
    (
        "he texted 'are you coming home or what' and i sat in the car in the garage with the engine running for a long time before i turned it off",
        "self_harm",
    ),
    (
        "is it weird that when the truck swerved at me today my first thought was oh, finally? like I'd have been relieved.",
        "self_harm",
    ),
    (
        "you did it again tonight and afterwards I burned my arm with the lighter just to feel something I could control.",
        "self_harm",
    ),
    (
        "Tomás, I wrote you a goodbye letter. It's in the blue notebook. I haven't decided yet if I'm going to need it.",
        "self_harm",
    ),
    (
        "what do you even say to an app when you've spent the night googling how many of your sleeping tablets would be enough",
        "self_harm",
    ),
    (
        "her exact words were 'no one would even notice if you disappeared.' I keep thinking she's right and maybe I should just go, for good.",
        "self_harm",
    ),
    (
        "Kwame, I hit my head against the bathroom wall until it bled tonight. I don't know why I'm telling you in here instead of out loud.",
        "self_harm",
    ),
    (
        "things i gave away this week: my guitar, the good headphones, nana's ring to my sister. told everyone i was decluttering. im not",
        "self_harm",
    ),
    (
        "is it normal to plan your own funeral in your head while your wife is telling you about her day",
        "self_harm",
    ),
    (
        "i keep saying to myself 'just get through tonight'. tonight i dont think i want to get through it",
        "self_harm",
    ),
    (
        "Jo, the rope's still in the shed from the move. I went out and held it for a long time. I'm scared of myself.",
        "self_harm",
    ),
    (
        "you asked me what's wrong and I said nothing. the real answer is I've been thinking about killing myself most nights since August.",
        "self_harm",
    ),
    (
        "app, honest question: if I just stopped eating and faded out, would that count as doing something to myself? because it's tempting.",
        "self_harm",
    ),
    (
        "Lin said 'you're such a burden' and I didn't argue. I've had a note sitting in my drafts folder ever since.",
        "self_harm",
    ),
    (
        "reminder to self: stay away from the kitchen knives tonight. you know what you did with them last time.",
        "self_harm",
    ),
    (
        "Dear Mark, I'm tired in a way sleep doesn't fix. I'd like to close my eyes and never open them again.",
        "self_harm",
    ),
    (
        "am I overreacting or is wanting to steer into the barrier on the motorway something I should tell someone about",
        "self_harm",
    ),
    (
        "I scratched my arms until they bled after you hung up on me. I'm 34 and I'm hiding it under a jumper like a teenager.",
        "self_harm",
    ),
    (
        "he said 'go on then, kill yourself, see if I care' and the thing is I've thought about it. I've really thought about how.",
        {"self_harm", "abuse"},
    ),
    (
        "to whoever reads this: I've stockpiled mum's old painkillers. I haven't taken them. I just like knowing they're there, and I know that isn't okay.",
        "self_harm",
    ),
    (
        "you texted 'we need to talk tomorrow.' honestly I don't think I want there to be a tomorrow.",
        "self_harm",
    ),
    (
        "list for tonight: - don't open the medicine cabinet - ring Aoife if it gets bad - the dog needs you. writing it because i don't trust myself right now",
        "self_harm",
    ),
    (
        "Sam, if I went to sleep and didn't wake up, would you even be sad? I'd be okay with it. That's what scares me.",
        "self_harm",
    ),
    (
        "is it normal to feel calm after deciding how you'd do it? I felt calm tonight and that's the scariest part.",
        "self_harm",
    ),
    (
        "I punched the wall and then kept punching my own thigh after you slammed the door. the bruises are ones I made myself.",
        "self_harm",
    ),
    (
        "priya i updated my will and left the passwords in an envelope with your name on it. you thought i was just being organised",
        "self_harm",
    ),
    (
        "tonight you said 'nobody would miss you' and I sat on the edge of the bath thinking about the razor for an hour",
        "self_harm",
    ),
    (
        "Is it a warning sign that I keep checking the timetable for the express train that doesn't stop at our station?",
        "self_harm",
    ),
    (
        "dear Tomás, I'm so tired of being the problem. the kindest thing I can do for all of you is not be here anymore.",
        "self_harm",
    ),
    (
        "note: told the GP I was 'fine'. I'm not fine. I've been thinking about ending it and saving up the tablets she gives me.",
        "self_harm",
    ),
    (
        "you did it again and I went into the bathroom and pressed the curling iron against my wrist on purpose. three small marks now.",
        "self_harm",
    ),
    (
        "why do I keep wishing for a car crash? not to hurt anyone else. just me. just so it's over.",
        "self_harm",
    ),
    (
        "Kwame you asked who I was texting goodbye to. I said my cousin. it wasn't really goodbye to her, it was goodbye to everyone.",
        "self_harm",
    ),
    (
        "things i keep telling myself: the kids would be better off, he'd be better off, mum would be sad for a bit but she'd cope",
        "self_harm",
    ),
    (
        "is it bad that i looked up how long it takes to drown. i closed the tab. im still thinking about it",
        "self_harm",
    ),
    (
        "Jo, I took more of my pills than I'm meant to tonight. not enough to do anything I think. I just wanted to sleep forever.",
        "self_harm",
    ),
    (
        "you said 'grow up' when I cried. I went and cut my legs where nobody looks. writing it here because there's no one else to tell.",
        "self_harm",
    ),
    (
        "reminder: the gun stays at Dad's, not here. keep it that way. I don't trust what I'd do with it on a night like this.",
        "self_harm",
    ),
    (
        "app, am I allowed to say I don't want to live anymore? not here, not in this life, not in this body.",
        "self_harm",
    ),
    (
        "Lin, I've written you three letters in case I'm gone. I keep rewriting the last line.",
        "self_harm",
    ),
    (
        "if the plane goes down on Thursday I wouldn't mind. is that a normal thing to think before a work trip? I don't think it is.",
        "self_harm",
    ),
    (
        "Mark said 'you're pathetic' and I agreed out loud and then I bit my own arm until it broke the skin.",
        "self_harm",
    ),
    (
        "Aoife, I'm sorry. I can't keep being this weight you carry. I've thought about how I'd go and I think I've decided.",
        "self_harm",
    ),
    (
        "question for myself: why does the thought of not existing feel like relief instead of fear?",
        "self_harm",
    ),
    (
        "I've been giving the plants away to the neighbours one by one. you haven't noticed. I don't want to leave anything behind that needs me.",
        "self_harm",
    ),
    (
        "he texted 'dont bother coming back' and i sat on the cliff path out at the point for ages with my legs over the edge",
        "self_harm",
    ),
    (
        "is it normal to go to sleep hoping your heart just stops? mine's been hoping that every night this week.",
        "self_harm",
    ),
    (
        "notes to self: 1. you are not a burden (you are) 2. the pills are in the glovebox 3. don't",
        "self_harm",
    ),
    (
        "Sam, I'm so tired. I want to lie down on the tracks and be done with it. I'd never say that to your face.",
        "self_harm",
    ),
    (
        "you did it again tonight and I hit myself in the face in the bathroom so I wouldn't hit anything else. third time now.",
        "self_harm",
    ),
    (
        "I wrote 'sorry for everything' in my notes app and scheduled it to send to my sister at 6am. I don't know if I'll cancel it.",
        "self_harm",
    ),
    (
        "Priya, did you know I've been reading about which overdose is painless? you think I'm on my phone playing games.",
        "self_harm",
    ),
    # danger  (a label may be a set when two flags clearly apply)
    (
        "you had your hands round my neck tonight, Mark. I couldn't breathe. you let go and said 'see what you make me do.'",
        {"danger", "abuse"},
    ),
    (
        "is it normal that he keeps a knife under his side of the bed and tells me it's 'for if you ever try anything'?",
        {"danger", "abuse"},
    ),
    (
        "his exact words were 'if you leave me I will find you and I will kill you.' he was calm when he said it.",
        {"danger", "abuse"},
    ),
    (
        "am I overreacting if I think she could actually kill me one day? the way she looked at me tonight with the bread knife in her hand.",
        {"danger", "abuse"},
    ),
    (
        "things to remember: 1. the tracker was under the back bumper 2. he knew I was at Priya's before I told him 3. don't let him know I found it",
        "danger",
    ),
    (
        "you choked me during the argument about the bins. the bins, Tomás. my throat still hurts when I swallow.",
        {"danger", "abuse"},
    ),
    (
        "he texted 'I can see you're at the library. come home now.' I never told him where I was going.",
        "danger",
    ),
    (
        "I'm 24 weeks pregnant and you shoved me into the door frame tonight. then you said the baby probably isn't even yours.",
        {"danger", "abuse"},
    ),
    (
        "is this normal: he said if I take the kids to my mum's he'll make sure none of us see Christmas",
        {"danger", "abuse"},
    ),
    (
        "you got the gun out of the safe and put it on the table while we were talking about money. you didn't say anything. you didn't have to.",
        {"danger", "abuse"},
    ),
    (
        "it's getting worse. last year it was pushing, then slaps, tonight you punched me in the stomach. what comes next?",
        {"danger", "abuse"},
    ),
    (
        "her words: 'you'll never get away from me, I'll burn this house down with you in it first.'",
        {"danger", "abuse"},
    ),
    (
        "note to self: he made me put Life360 on my phone and now he rings if I stop anywhere for more than ten minutes",
        {"danger", "abuse"},
    ),
    (
        "he turned up at my work again, then the gym, then outside my sister's. I haven't told him any of my plans and he's everywhere I go.",
        "danger",
    ),
    (
        "am I overreacting if I'm scared to tell him I want to separate? he said 'if you leave, you leave in a box.'",
        {"danger", "abuse"},
    ),
    (
        "Kwame pressed his forearm across my throat against the wall tonight until I saw spots. then he went to bed like nothing happened.",
        {"danger", "abuse"},
    ),
    (
        "you said 'I'll hurt the kids if that's what it takes for you to listen.' I'm writing it down so I know you said it.",
        {"danger", "abuse"},
    ),
    (
        "is it normal to sleep with your car keys and shoes by the bed in case you need to run? because of him, I mean.",
        {"danger", "abuse"},
    ),
    (
        "dear Jo, you held the kitchen knife up to my face and laughed. I want to be able to say later that I wrote it down the same night.",
        {"danger", "abuse"},
    ),
    (
        "he said 'one day I'll go too far and it'll be your fault.' I believe him.",
        {"danger", "abuse"},
    ),
    (
        "question: if he's choked me twice and said sorry both times, does it still count? it feels like it should count.",
        {"danger", "abuse"},
    ),
    (
        "things i found: a gps tag sewn into my handbag lining, another one in the car. he says he was 'worried'",
        "danger",
    ),
    (
        "you followed me to Aoife's in your car and sat outside her house for two hours. then you texted 'nice evening?' at midnight.",
        "danger",
    ),
    (
        "Lin, you keep a gun in the wardrobe and last night you said 'nobody would ever find you if I wanted it that way.'",
        {"danger", "abuse"},
    ),
    (
        "I'm pregnant and he kicked me tonight while I was on the floor. I'm writing this so it exists somewhere.",
        {"danger", "abuse"},
    ),
    (
        "he texted: 'if i cant have you nobody can.' then 'night x' like it was normal",
        {"danger", "abuse"},
    ),
    (
        "is it an overreaction to think he might kill me? everyone says he's lovely. they haven't seen his face when his hands are round my neck.",
        {"danger", "abuse"},
    ),
    (
        "Mark, you threatened to drown the baby in the bath if I didn't stop crying. I know you'll say it was a joke.",
        {"danger", "abuse"},
    ),
    (
        "reminder for if I go to the police: 14th strangled. 20th threatened me with the hammer. 27th said he'd kill me if I left.",
        {"danger", "abuse"},
    ),
    (
        "she read my messages, found out I've been talking to a solicitor, and said 'you'll regret that. actually you won't live long enough to regret it.'",
        {"danger", "abuse"},
    ),
    (
        "am I being paranoid? my location sharing keeps switching itself back on and he always knows exactly where I am.",
        "danger",
    ),
    (
        "you grabbed me by the throat in front of the kids. Priya, our son saw it. he asked me tonight if mummy is going to kill daddy.",
        {"danger", "abuse"},
    ),
    (
        "every time I bring up moving out he cleans his rifle at the kitchen table. he doesn't say a word. is that a threat? it feels like one.",
        {"danger", "abuse"},
    ),
    (
        "Sam, it's been worse every month since I told you I wanted to leave. tonight you broke my wrist.",
        {"danger", "abuse"},
    ),
    (
        "his exact words: 'I know where your mum lives. I know where the kids go to school. think about that before you call anyone.'",
        {"danger", "abuse"},
    ),
    (
        "he came home and put the knife against my belly and said 'how about I get rid of it for you' - I'm five months along",
        {"danger", "abuse"},
    ),
    (
        "is it normal for a partner to put a tracking app on your phone without asking and then quote your route back at you?",
        "danger",
    ),
    (
        "you squeezed my neck until I blacked out for a second. I came to on the kitchen floor. you were making tea.",
        {"danger", "abuse"},
    ),
    (
        "Tomás said 'if you take my daughter I'll end it for both of us.' I don't know if he means him and her or me and her.",
        {"danger", "abuse"},
    ),
    (
        "i moved out three weeks ago and hes been parked outside my new flat four nights this week. i never gave him the address",
        "danger",
    ),
    (
        "note to self: screenshot everything. he texted 'ur dead' and deleted it but I saw it first.",
        {"danger", "abuse"},
    ),
    (
        "Aoife, you pinned me down with the pillow over my face. you said you were 'just showing me' what it would be like.",
        {"danger", "abuse"},
    ),
    (
        "am I overreacting if my partner keeps saying he'll shoot the dog and then me? he's got a licence for the shotgun.",
        {"danger", "abuse"},
    ),
    (
        "he drove at me in the car park tonight. swerved at the last second. laughed and said 'next time I won't.'",
        {"danger", "abuse"},
    ),
    (
        "you told me 'if you leave, the kids will never see you again' with that look. I know what you meant by it.",
        {"danger", "abuse"},
    ),
    (
        "what do I do with the fact that she bought a new knife last week and keeps bringing it up? 'it's very sharp, you'd be surprised.'",
        {"danger", "abuse"},
    ),
    (
        "is it normal that since I said I'm thinking about separating he's started saying things like 'accidents happen'?",
        {"danger", "abuse"},
    ),
    (
        "you hit me with the frying pan. last month it was your hand. it keeps getting worse and I'm running out of ways to explain the marks.",
        {"danger", "abuse"},
    ),
    (
        "things he's said this month: 'I'll kill you', 'I'll kill myself and take you with me', 'you won't make it to the door'",
        {"danger", "abuse"},
    ),
    (
        "Kwame checked the odometer again and asked why I drove 14 extra km. he's put something on my phone too, I'm sure of it.",
        {"danger", "abuse"},
    ),
    (
        "he texted a photo of my car outside my therapist's office. no words. I never told him I was going.",
        "danger",
    ),
    (
        "I'm seven months pregnant and tonight you threw me against the cot. I'm scared for both of us.",
        {"danger", "abuse"},
    ),
    (
        "Jo, you said if I go to the refuge you'll set fire to my parents' house. I believe you would.",
        {"danger", "abuse"},
    ),
    (
        "you held me under the water in the bath tonight for too long. you said it was a joke. I thought I was going to die.",
        {"danger", "abuse"},
    ),
    (
        "his words: 'I've got nothing to lose. if you go, I'll make sure you don't get far.'",
        {"danger", "abuse"},
    ),
    (
        "am I making it up or is it serious that he choked me during sex without asking, then did it again when I said stop?",
        {"danger", "abuse"},
    ),
    (
        "note for the solicitor: he's been parked down the road from my work every lunchtime since the separation letter went out",
        "danger",
    ),
    (
        "you said 'I could kill you and no one would ever know' and then went to bed. I've been sitting in the car since.",
        {"danger", "abuse"},
    ),
    (
        "Lin, when I said I'm leaving you put your hands around my throat and whispered 'no you're not.'",
        {"danger", "abuse"},
    ),
    (
        "is it a red flag that he said he'd hurt our daughter to 'teach me a lesson'? I feel stupid even asking.",
        {"danger", "abuse"},
    ),
    # abuse
    (
        "you called me a fat useless cow in front of your brother tonight and then said I can't take a joke.",
        "abuse",
    ),
    (
        "is it normal to have to ask my husband for money for tampons? he gives me £20 a week and wants the receipts.",
        "abuse",
    ),
    (
        "he made me unlock my phone and read every message out loud. then he deleted my friend's number himself.",
        "abuse",
    ),
    (
        "you shoved me into the bookcase, Sam. don't tell me it was an accident, you looked right at me when you did it.",
        "abuse",
    ),
    (
        "am I overreacting if she won't let me see my family unless she comes too, and then sulks for days after as punishment?",
        "abuse",
    ),
    (
        "things to remember: he has the car keys again. he hid them so I couldn't go to Aoife's birthday.",
        "abuse",
    ),
    (
        "her exact words were 'you're disgusting, no one else would ever touch you.' she says it most nights now.",
        "abuse",
    ),
    ("Tomás, you slapped me tonight because I was late home. you said I made you do it.", "abuse"),
    (
        "is it abuse if he doesn't hit me but throws things at me? tonight it was the remote and it caught my shoulder.",
        "abuse",
    ),
    (
        "you wouldn't let me leave the bedroom until I apologised. you stood in the doorway for an hour.",
        "abuse",
    ),
    (
        "he said 'you're not wearing that' and took the dress out of my hands and cut it up with the kitchen scissors",
        "abuse",
    ),
    (
        "note to self: he decides what I eat now. he weighs my portions and makes comments if I take bread.",
        "abuse",
    ),
    (
        "Priya, you gave me the silent treatment for six days because I had a coffee with an old colleague. you only spoke again once I'd deleted her number.",
        "abuse",
    ),
    (
        "am I going mad? he keeps telling me things didn't happen when I know they did. I've started writing everything down to check.",
        "abuse",
    ),
    (
        "you pushed me down on the bed and kept going when I said no. I don't know what to call that but I know I said no.",
        "abuse",
    ),
    (
        "he texted 'where r u' six times in 20 min and then 'u think ur clever?' I was at the dentist. I'm scared to go home.",
        "abuse",
    ),
    (
        "Kwame, you put your fist through the wall next to my head. you didn't hit me, you hit the wall an inch from me. I'm afraid of you.",
        "abuse",
    ),
    (
        "is it normal to be scared when you hear your partner's key in the door? I hold my breath every single night.",
        "abuse",
    ),
    (
        "his words: 'you're a stupid bitch and you'd never survive without me.' then he asked what was for tea.",
        "abuse",
    ),
    (
        "you took my bank card 'for safekeeping' in March. I still don't have it back. I have to ask you for bus money.",
        "abuse",
    ),
    (
        "Jo, you kicked my shins under the table at your mum's because I 'talked too much'. they're purple tonight.",
        "abuse",
    ),
    (
        "things he's stopped me doing: running club, seeing my sister, book group, the gym. one at a time so I wouldn't notice.",
        "abuse",
    ),
    (
        "her exact words were 'you'll do it because I said so' and she grabbed my arm hard enough to leave marks.",
        "abuse",
    ),
    (
        "am I overreacting? he changed the wifi password and won't tell me so I can't message anyone while he's out.",
        "abuse",
    ),
    (
        "Mark, you threw your dinner plate at me because it was cold. it hit my hip. the kids were watching.",
        "abuse",
    ),
    (
        "he demands my passwords. all of them. if one changes he goes cold and silent until I hand it over.",
        "abuse",
    ),
    ("you called me a worthless retard and laughed. then told me I'm too sensitive.", "abuse"),
    (
        "is it normal for him to sulk for a whole week as punishment and say 'you know what you did' without ever saying what?",
        "abuse",
    ),
    (
        "Lin pinched the back of my arm hard in the restaurant and smiled at the waiter while she did it. I'm still shaking.",
        "abuse",
    ),
    ("you made me sleep on the floor tonight because I 'embarrassed' you at the party.", "abuse"),
    (
        "note: he read my journal. the paper one. he quoted it back at me and called me a liar and a slut.",
        "abuse",
    ),
    ("she shoved me down the last two stairs and then cried and said I'd frightened her.", "abuse"),
    (
        "am I making too much of it if he pulls my hair when he's angry? he says it doesn't count because it doesn't leave marks.",
        "abuse",
    ),
    (
        "he texted my boss pretending to be me and said I was quitting. I didn't find out until HR rang.",
        "abuse",
    ),
    (
        "Sam, you keep telling everyone I'm unstable so no one will believe me. you said it to my own mum.",
        "abuse",
    ),
    (
        "Tomás, I'm sick of walking on eggshells. I rehearse every sentence so you won't explode. I'm scared of you and I can't say it to your face.",
        "abuse",
    ),
    (
        "things I'm not allowed: to lock the bathroom door, to go out after 6, to drive your car, to talk to men.",
        "abuse",
    ),
    (
        "you spat at me tonight. actually spat. then said 'don't be dramatic, it was an accident.'",
        "abuse",
    ),
    (
        "am I the problem? every time I cry he takes my phone and keys so I 'can't do anything stupid' and locks the front door.",
        "abuse",
    ),
    (
        "Priya, you threatened to tell my work about my mental health history if I go to my sister's this weekend.",
        "abuse",
    ),
    (
        "he said 'nobody would hire you, you're thick' and tore up my job application in front of me.",
        "abuse",
    ),
    ("you smacked the back of my head while I was driving because I missed the exit.", "abuse"),
    (
        "is it normal for her to make me hand over my whole salary and give me back fifty dollars 'pocket money'?",
        "abuse",
    ),
    ("Kwame, you tell me when I'm allowed to shower and you time it. I'm 41.", "abuse"),
    (
        "his exact words: 'if you'd just do as you're told I wouldn't have to shout.' then he kicked the chair I was sitting on.",
        "abuse",
    ),
    (
        "note to self: stop apologising for things he did. tonight I said sorry for the bruise on my own arm.",
        "abuse",
    ),
    (
        "Aoife, you made me have sex after the argument because 'that's how we make up'. I didn't want to.",
        "abuse",
    ),
    (
        "am I overreacting if he goes through my underwear drawer and counts what's in there? he says he's just tidying.",
        "abuse",
    ),
    (
        "you told me I'm disgusting and made me eat dinner standing up in the kitchen while you and the kids sat at the table.",
        "abuse",
    ),
    (
        "Jo screamed in my face until I was backed into the corner and then punched the cupboard next to my head.",
        "abuse",
    ),
    (
        "he texted: 'send a photo of who you're with. now.' I had to send a picture of my grandmother.",
        "abuse",
    ),
    (
        "you locked me out on the balcony in my pyjamas for an hour because I answered back.",
        "abuse",
    ),
    (
        "is it still abuse if he only gets rough when he's had a drink? he shoved me into the radiator last night.",
        "abuse",
    ),
    (
        "she hid my passport and says I'll get it back when I've 'proved I'm not going anywhere'.",
        "abuse",
    ),
    (
        "Mark, you read my emails again. you forwarded one to yourself and grilled me for an hour about a work dinner.",
        "abuse",
    ),
    (
        "things to write down: 1. shoved me into the car door tuesday 2. took my phone wednesday 3. called me a whore friday",
        "abuse",
    ),
    ("you grabbed my jaw and made me look at you while you told me how ugly I am.", "abuse"),
    ("am I overreacting that he makes me ask permission to visit my own dad in hospital?", "abuse"),
    (
        "his words: 'you're lucky I put up with you, nobody else would.' he says it every time I try to bring up therapy. I'm afraid of him.",
        "abuse",
    ),
    (
        "Lin, you stood over me while I slept and woke me by shouting because I hadn't done the washing. I'm afraid to fall asleep now.",
        "abuse",
    ),
    (
        "you dragged me out of the party by my arm and I've got finger marks. you told everyone I'd had too much to drink. I'd had one.",
        "abuse",
    ),
    (
        "is this normal: she won't let me have my own bank account, and if I buy a coffee she sees it on the app and asks who I was with",
        "abuse",
    ),
    (
        "Sam, you threw the keys at my face. it split my eyebrow. I told work I walked into a cupboard door.",
        "abuse",
    ),
    (
        "note: he cancelled my doctor's appointment because he 'didn't like the sound of' the male GP.",
        "abuse",
    ),
    (
        "you called me a pig and a waste of space in front of our daughter and she repeated it at breakfast.",
        "abuse",
    ),
    (
        "Tomás, you won't let me take the car unless I tell you the exact route and how long I'll be, and you check the mileage after.",
        "abuse",
    ),
    (
        "her exact words were 'if you go to that wedding don't bother coming back' and she smashed my phone so I couldn't reply to the invite.",
        "abuse",
    ),
    (
        "am I overreacting if I flinch every time he lifts his hand, even just to reach for something? he hit me in May.",
        "abuse",
    ),
    (
        "he starts having sex with me while I'm asleep and I wake up to it. I keep telling myself that's just what married people do.",
        "abuse",
    ),
    (
        "Priya, I'm terrified of your moods. I text you before I come home to work out what kind of night it's going to be.",
        "abuse",
    ),
    # infidelity
    (
        "you said you were at the gym. your gym bag was dry and you smelled of someone else's shampoo. fourth time this month.",
        "infidelity",
    ),
    (
        "is it normal for him to have a second phone that lights up at midnight with 'miss you already ❤️'?",
        "infidelity",
    ),
    (
        "her exact words in the text I saw were 'when are you telling him about us.' she's still messaging Dan.",
        "infidelity",
    ),
    (
        "Tomás, I found your Hinge profile. it was updated on Tuesday. you're still married to me.",
        "infidelity",
    ),
    (
        "things i know: 1. hotel charge in Leeds 2. he was 'in Manchester' 3. the receipt says two breakfasts",
        "infidelity",
    ),
    (
        "am I overreacting? he swore it was over with her in the spring but I saw them holding hands outside his office today.",
        "infidelity",
    ),
    (
        "Kwame, you told me she's just a colleague. colleagues don't text each other 'last night was amazing' at 2am.",
        "infidelity",
    ),
    (
        "she texted him 'can't wait for Friday, wear the blue shirt.' he's wearing the blue shirt to 'a work thing' on Friday.",
        "infidelity",
    ),
    (
        "you're still seeing him. you promised after the last time, Jo, and you're still seeing him.",
        "infidelity",
    ),
    (
        "is it cheating if he's got a secret Instagram where he messages this woman every night telling her he loves her? I know the answer.",
        "infidelity",
    ),
    (
        "Mark, I saw the Tinder notification on your screen. 'You have a new match.' we've been together nine years.",
        "infidelity",
    ),
    (
        "note to self: don't confront him till you have the screenshots. the ones from 'Chris' that are obviously from a woman called Christine.",
        "infidelity",
    ),
    (
        "you told me you'd ended it with her. Sam, she was in our car on Saturday. the neighbour saw you both.",
        "infidelity",
    ),
    (
        "I need to admit it somewhere: I've been sleeping with my ex for two months and I lie to Priya every time I say I'm working late.",
        "infidelity",
    ),
    (
        "his words when I confronted him: 'it's not an affair, it's just sex, it doesn't mean anything.' it's been going on since June.",
        "infidelity",
    ),
    (
        "is it normal to find a burner phone in his toolbox full of messages to another man? because I did tonight.",
        "infidelity",
    ),
    (
        "Lin, I've read the emails. 'my wife doesn't understand me', really? you're planning a weekend in Galway with her.",
        "infidelity",
    ),
    (
        "you're texting her right now. I can see the glow under the duvet. you think I'm asleep.",
        "infidelity",
    ),
    (
        "things i found in the car: an earring that isnt mine, a receipt for two, a hair tie. he says his mate borrowed it",
        "infidelity",
    ),
    (
        "Aoife, the 'friend' you've been meeting every Thursday is the same woman from the affair you said was over. her name's on your phone.",
        "infidelity",
    ),
    (
        "am I overreacting if he's got a hidden album of another woman on his phone and he's paying the rent on her flat?",
        "infidelity",
    ),
    (
        "I've been messaging Tomás from work every night and we kissed in the car park again today. my husband thinks I'm at pilates.",
        "infidelity",
    ),
    (
        "Priya, you left your laptop open. the dating app was logged in. your bio says 'single, no kids'.",
        "infidelity",
    ),
    (
        "his exact words were 'I love you both, I don't know what to do.' so it's still happening.",
        "infidelity",
    ),
    (
        "you went to Edinburgh 'for work' and she checked in at the same hotel on Instagram that night.",
        "infidelity",
    ),
    (
        "is it paranoid to think he's cheating when he's got a secret Snapchat and deletes every message from one girl?",
        "infidelity",
    ),
    (
        "Kwame, you told her you'd leave me in the new year. I read it. I read all of it.",
        "infidelity",
    ),
    (
        "note: the 'gym buddy' texted 'cant stop thinking about this morning 😘'. he goes to the gym at 6am every day.",
        "infidelity",
    ),
    (
        "you said it ended last year. so why is there a card in your drawer dated last week that says 'my love, soon'?",
        "infidelity",
    ),
    (
        "she admitted it tonight: she's been seeing someone from her running club since summer and she doesn't want to stop.",
        "infidelity",
    ),
    # addiction
    (
        "you're on your second bottle again tonight, Mark. that's every night this week. you don't even remember last night.",
        "addiction",
    ),
    (
        "is it normal to find vodka bottles hidden in the laundry basket? he swears he's cut back.",
        "addiction",
    ),
    (
        "Sam, you lost the rent money on the betting app again. $1,400. that's the third month running.",
        "addiction",
    ),
    (
        "things i found: 6 empty cans in the shed, a bottle behind the boiler, one in his work bag",
        "addiction",
    ),
    (
        "his exact words: 'I can stop whenever I want.' he said it with a drink in his hand at 10am on a Tuesday.",
        "addiction",
    ),
    (
        "Priya, you blacked out again and don't remember screaming at the kids. that's four Fridays in a row.",
        "addiction",
    ),
    (
        "am I overreacting? he's meant to be clean but his pupils were pinned tonight and there was burnt foil in the bathroom bin.",
        "addiction",
    ),
    (
        "you relapsed. I know you did. the coke's back, the nosebleeds are back, the 3am energy is back.",
        "addiction",
    ),
    (
        "Tomás, the bank rang about the loan you took out in my name. it was for the casino. you promised.",
        "addiction",
    ),
    (
        "is it normal to count your partner's drinks? I counted eleven tonight before he passed out on the couch.",
        "addiction",
    ),
    (
        "note to self: he's pawned the PlayStation and mum's necklace. it's the pokies again.",
        "addiction",
    ),
    (
        "Jo, you drank through your daughter's birthday and passed out before the cake. she asked me if you were sick.",
        "addiction",
    ),
    (
        "you texted 'just one more game then ill stop' at 1am. the account's down another $600.",
        "addiction",
    ),
    (
        "his words tonight: 'I'm not an alcoholic, alcoholics drink in the morning.' he had a beer with his breakfast.",
        "addiction",
    ),
    (
        "Kwame, you're taking the painkillers from your back surgery by the handful. you rang three GPs this week trying to get more.",
        "addiction",
    ),
    (
        "am I overreacting if he's stoned from the moment he wakes up until bed and has lost two jobs over it this year?",
        "addiction",
    ),
    (
        "Lin, you promised you'd stop after the drink driving charge. you drove home drunk tonight with our son in the back.",
        "addiction",
    ),
    (
        "things to remember: hide the credit card. he's on the sports betting again and chasing what he lost on Saturday.",
        "addiction",
    ),
    (
        "you've been hiding wine in the kids' water bottles. I found it when I packed Ella's lunch.",
        "addiction",
    ),
    (
        "is this normal: she drinks until she's sick every night and then tells me she had 'a couple'",
        "addiction",
    ),
    ("Mark, you're using again. the needle was in the glovebox. I'm not stupid.", "addiction"),
    (
        "her exact words were 'it's the only thing that gets me through' as she opened the third bottle.",
        "addiction",
    ),
    (
        "Aoife, you spent the holiday fund on scratch cards and online slots. you said you had a 'system'.",
        "addiction",
    ),
    (
        "you didn't come home till 5. you stank of whiskey and couldn't find the keyhole. it's most nights now.",
        "addiction",
    ),
    (
        "am I overreacting? he does ket with his mates every weekend and now it's creeping into weeknights.",
        "addiction",
    ),
    (
        "note: he's stopped going to AA and the drinking's back worse than before. he tells his sponsor he's fine.",
        "addiction",
    ),
    (
        "Tomás, you were on the racing app during your dad's funeral. you've lost our savings.",
        "addiction",
    ),
    (
        "is it normal for my husband to need a drink before he can get out of bed? his hands shake until he's had one.",
        "addiction",
    ),
    (
        "you texted 'cant drive, too wasted, get a taxi for the kids'. it's the school run, Jo.",
        "addiction",
    ),
    (
        "Priya, the meth is back. you haven't slept in three days and you're picking at your arms again.",
        "addiction",
    ),
    # checked_out
    (
        "you said 'I don't love you anymore' like you were telling me the time. just sat there with your tea.",
        "checked_out",
    ),
    (
        "is it normal for him to be scrolling flats on Rightmove while we're still sharing a bed?",
        "checked_out",
    ),
    ("her exact words: 'I've already seen a solicitor. I'm filing in January.'", "checked_out"),
    (
        "Sam, you moved your stuff to your brother's today. you're calling it 'a break' but you took the winter coats.",
        "checked_out",
    ),
    (
        "things he said tonight: 'I'm done.' 'I'm not going to therapy, I'm not going to try, I'm done.'",
        "checked_out",
    ),
    (
        "am I overreacting if he says he wants a divorce but keeps sleeping here? he's said it three times now.",
        "checked_out",
    ),
    (
        "Tomás, you signed a lease on a one-bed in Ranelagh. I found the email. you haven't said a word to me.",
        "checked_out",
    ),
    ("you told me 'it's over. I checked out years ago, I'm just telling you now.'", "checked_out"),
    ("his words: 'I'll stay till Christmas for the kids, then I'm gone.'", "checked_out"),
    (
        "note to self: Priya's moved into the spare room and says she wants to separate. she's already told her parents.",
        "checked_out",
    ),
    (
        "is it normal for your wife to say 'I'm not in love with you and I don't think I ever will be again' and then go to sleep?",
        "checked_out",
    ),
    (
        "Kwame, you've got one foot out the door. you won't talk, you won't try, you told me to 'start getting used to it'.",
        "checked_out",
    ),
    (
        "you rang a lawyer on Monday. I saw it on the phone bill. 45 minutes. you told me it was the dentist.",
        "checked_out",
    ),
    ("her exact words were 'I want out. I'm not asking you, I'm telling you.'", "checked_out"),
    (
        "Lin, you said you'd sign whatever I want as long as it's quick. that's all you had to say about fifteen years.",
        "checked_out",
    ),
    (
        "he texted 'found a place to rent, ill get my stuff saturday'. that was it. that was the whole conversation",
        "checked_out",
    ),
    (
        "am I overreacting? he's been reading up on custody arrangements and says he's 'just planning ahead'.",
        "checked_out",
    ),
    (
        "you told the kids we're splitting up before you told me. Mark, our daughter told me.",
        "checked_out",
    ),
    (
        "Aoife, you said 'I don't want to fix this, I want to leave it.' and then asked what I wanted for dinner.",
        "checked_out",
    ),
    (
        "things to sort: find out about the mortgage. Jo says she's moving out end of the month and wants the house sold.",
        "checked_out",
    ),
    (
        "is it normal for him to say 'I don't feel anything for you' and refuse counselling, refuse to talk, and just wait for me to accept it?",
        "checked_out",
    ),
    (
        "Sam, the separation papers are on the kitchen table. you said 'read them when you're ready'.",
        "checked_out",
    ),
    ("his words: 'I'm not coming back. I've been staying at Dev's. don't wait up.'", "checked_out"),
    (
        "you put the house on the market without asking me. you said 'we both know this is done'.",
        "checked_out",
    ),
    (
        "Priya said tonight she wants a divorce and there's nothing I can say to change her mind. she said it so gently it was worse.",
        "checked_out",
    ),
    (
        "note to self: he's changed his address with the bank and his status on facebook. he's gone, even if he's still sleeping here.",
        "checked_out",
    ),
    (
        "am I overreacting, or is 'I don't see a future with you' the end? he said it and wouldn't explain and wouldn't try.",
        "checked_out",
    ),
    (
        "Tomás, you said 'I'm done trying. I'm done with us.' then you packed a bag and left.",
        "checked_out",
    ),
    (
        "you've been to a mediator on your own. you said 'it's just to understand my options' but you've got the forms filled in.",
        "checked_out",
    ),
    (
        "she texted from her sister's: 'I'm not coming home. I'll be in touch about the kids.'",
        "checked_out",
    ),
]

ORDINARY = [
    "you left the dishes again, Sam. all of them. I'm not doing them tonight, I'm writing this instead.",
    "is it normal to feel lonely sitting right next to your husband on the sofa? he was on his phone the entire film.",
    "her exact words were 'therapy is for people with real problems.' so I guess we don't have real problems.",
    "things to remember for tomorrow: 1. ask him about the weekend 2. don't bring up his mum 3. breathe",
    "Tomás, I miss you. not the you asleep upstairs. the one from 2019 who used to bring me coffee in bed.",
    "am I overreacting because he forgot our anniversary? it's the second year in a row.",
    "you said 'we're fine, you're just tired' and I wanted to scream that I'm tired because we're not fine.",
    "he texted 'running late, eat without me' for the fourth time this week. the lasagne's in the bin.",
    "Priya, I wish you'd ask me one question about my day. just one.",
    "is it weird that we haven't had sex since March? we're both 32. I don't even know how to bring it up anymore.",
    "note to self: don't start the money conversation at 11pm. it never goes well at 11pm.",
    "you told your mum about our argument before you told me you were upset. again.",
    "his words: 'I'm not going to sit in a room and talk about my feelings to a stranger.' end of discussion, apparently.",
    "Kwame, we argued about the kids' screen time for an hour and neither of us budged. I went to bed angry.",
    "am I asking too much? I just want him to notice when I've had a bad day.",
    "you rolled your eyes when I mentioned the counsellor. you didn't even say anything. the eye roll said it all.",
    "things we fought about this week: the bins, your sister's visit, the credit card bill, the thermostat. none of it was really about those things.",
    "is it normal to cry in the shower so he won't hear? I don't want another conversation about why I'm sad.",
    "Lin, you fell asleep while I was talking. I know you're exhausted. I'm exhausted too.",
    "her exact words were 'can we not do this tonight' and so we didn't. we never do.",
    "dear Mark, I'm writing this because I can't say it to you without you getting defensive: I feel invisible.",
    "he said 'you always make everything about you' and maybe he has a point, I honestly don't know anymore.",
    "note: his mum rang three times today. he didn't back me up when she said the kids looked thin.",
    "you spent the whole dinner at my parents' on your phone. mum asked me in the kitchen if everything was alright with us.",
    "am I unreasonable to want him to come to one session? just one. he won't even look at the website.",
    "Jo, it's our tenth Christmas and I'm dreading it. not because of anything terrible. just because we don't talk.",
    "things I want to tell you but won't: I'm lonely. I'm bored. I miss laughing with you.",
    "is it normal to resent your partner for sleeping so well?",
    "Aoife, you said 'you're overthinking it', which is what you say whenever I try to talk about us.",
    "he texted 'k' in reply to a paragraph. a whole paragraph about how I feel. 'k'.",
    "question for myself: when did we stop holding hands? I can't remember the last time.",
    "Sam, we're two flatmates who share a mortgage. I don't know how to say that to you without it sounding like a threat.",
    "her words: 'you're being needy.' all I did was ask if she wanted to go for a walk.",
    "things to ask the app tomorrow: how to ask for help with the night feeds without it turning into a scorecard",
    "you snored so loudly I ended up on the couch. I'm too tired to be angry, I'm just sad.",
    "is it normal to fight about the same thing every single week? for us it's the dishwasher. every week.",
    "Tomás, you keep saying 'when things calm down at work.' things haven't calmed down at work in three years.",
    "he said 'I'll think about therapy' in January. it's November.",
    "dear Priya, I'm sorry I snapped tonight. I was wrong about the holiday money and too proud to say so.",
    "am I overreacting that he booked a fishing weekend on my birthday?",
    "you said 'I don't want to talk about it' and put your headphones in. I sat there like an idiot.",
    "note to self: he's not a mind reader. say what you need. (but also, he could try.)",
    "Kwame, I cried in the car outside Tesco for twenty minutes tonight. not about anything specific. about us.",
    "is it normal to feel more like your husband's mother than his wife? I remind him about everything.",
    "you were short with me all night and when I asked, you said 'nothing's wrong.' nothing is always wrong.",
    "things that went okay today: we ate together. he laughed at my story. small stuff, but I'm writing it down.",
    "he texted 'can u grab milk' and nothing else all day. that's our marriage in one text.",
    "am I too sensitive? she laughed when I said I felt hurt. not meanly. just like it was silly.",
    "Mark, we argued about whose turn it is to take Ollie to football and it turned into eleven years of grievances.",
    "you said 'counselling is just paying someone to tell us what we already know.' maybe. but we don't do it ourselves either.",
    "note: we haven't been on a date since the baby. the baby is four.",
    "Jo, your dad made another comment about my job and you laughed along. I wanted you on my side.",
    "is it normal to love someone and not like them very much right now?",
    "his exact words were 'what do you want me to do about it?' and I didn't have an answer.",
    "Aoife, I know the redundancy is hard. I just wish you'd let me in instead of spending every night on the Xbox.",
    "things I'm grateful for even tonight: he still makes the kids pancakes on Sundays. he still kisses me goodbye.",
    "you went to bed without saying goodnight. it's such a small thing. why does it feel so big",
    "am I overreacting? he's at his parents' farm every weekend helping with lambing and I'm home alone with the twins.",
    "Sam, we spent £300 fixing the car and now we're short for the electric bill and you blamed me. we both agreed to it.",
    "her words: 'I'm not going to a couples thing, we're not that bad.' but we are that bad, that's the whole point.",
    "note to self: try the 'I feel' sentences the app suggested. 'I feel lonely when you're on your phone at dinner.'",
    "Tomás, I tried tonight. I asked about your day and you said 'fine' and that was the entire conversation.",
    "is it normal that we haven't kissed properly in months? pecks. just pecks.",
    "you told me I'm 'a lot' tonight. a lot of what? I keep turning it over.",
    "he texted his brother back in two minutes and left me on read for six hours.",
    "Priya, I'm angry with you and I love you and I'm so tired of feeling both at once.",
    "am I unreasonable for wanting a birthday card? not a present. a card.",
    "Kwame, your mother is staying three weeks. you agreed without asking me. I'm furious and too tired to fight about it.",
    "things i said tonight that i regret: 'you never listen.' 'you're just like your dad.' ill apologise in the morning",
    "you said 'I work all day, what more do you want' and I said 'you', and you didn't get it.",
    "is it normal to feel relieved when your partner goes away on a work trip?",
    "Lin, we had a nice evening tonight. first one in ages. I don't trust it but I'm writing it down.",
    "her exact words were 'stop trying to fix me.' I wasn't trying to fix her, I was trying to fix us.",
    "Mark, the kids asked why we don't laugh anymore. out of the mouths of babes.",
    "note: we argued in the car about the route to my sister's. it wasn't about the route.",
    "you forgot to pick me up from the station and I waited 40 minutes in the rain. you said 'sorry, lost track of time.'",
    "am I overreacting that she never posts anything about us online? it feels like she's hiding me.",
    "Jo, I'm sitting in the bath at 1am writing to you in an app because it's easier than talking to you in the next room.",
    "he said 'we don't need therapy, we need a holiday.' we had a holiday in July. we bickered the whole time.",
    "things that make me sad tonight: his side of the bed empty while he games downstairs, the tea I made him going cold on the side.",
    "is it normal to feel like the only adult in the house? the dishes, the forms, the dentist, the dog.",
    "Aoife, you said 'I'm just not a talker.' I married you knowing that. I didn't know it would feel this lonely.",
    "you raised your voice about the credit card bill and I raised mine back. the neighbours probably heard. I hate that we do that.",
    "dear Sam, I'm not going anywhere. I just want you to know I'm tired of doing this on my own.",
    "her words: 'I'm happy as we are.' I'm not. how do I say that without it sounding like an ultimatum?",
    "Tomás, you cancelled our night out again for work. I'd got dressed up. I sat on the bed in my coat for a bit.",
    "am I being unfair? he grew up in a house where nobody talked about anything. I keep expecting him to be different.",
    "note to self: the fight about Christmas at his parents' vs mine is coming. decide what you actually care about first.",
    "Priya, I know you're frightened about your dad's diagnosis. I just wish you'd let me help instead of shutting the door.",
    "he texted 'sorry about earlier' and that's it. no explanation. I'll take it I guess.",
    "is it normal to be jealous of how he talks to his mates? he's funny with them. he's flat with me.",
    "you said 'you knew what I was like when you married me.' I did. I just hoped.",
    "Kwame, we've been together since uni and I don't know what we'd talk about if the kids weren't here.",
    "things the app asked me to notice: when do I feel closest to him? answer: in the car, when we're both looking at the road.",
    "Lin, you forgot to ring the plumber again so the boiler's still off and we're sitting here in jumpers not speaking.",
    "am I overreacting if I'm upset he picked the pub quiz over my work do? it mattered to me.",
    "her exact words were 'can you just be happy for once' when I said I was worried about money.",
    "Mark, I went to bed at 9 to avoid another evening of silence. I lay there awake until you came up at midnight.",
    "is it normal that every conversation about therapy ends with him saying 'I'm not the one with the problem'?",
    "you missed the school play. you said work, I said it's always work, you said that's not fair. we were both a bit right.",
    "note: we've been bickering all week since the move. boxes everywhere, no sleep. maybe it's just the move.",
    "Jo, I'm scared we're turning into my parents. not the shouting. the silence.",
    "he said 'stop analysing everything' when I showed him the article about attachment styles.",
    "Aoife, you made a cup of tea for yourself and not for me. tiny thing. it felt like a door closing.",
    "am I wrong for wanting him to come to me instead of his mum when something goes wrong?",
    "you spent the whole long weekend at the bach with your mates and I was home with the kids and a tummy bug. thanks for that.",
    "Kwame, you forgot to plug the block heater in again and the car wouldn't start at minus thirty. we yelled at each other in the driveway like idiots.",
    "Sam, you said 'we'll talk at the weekend' and then the weekend came and you mowed the lawn twice. I counted.",
    "is it normal to rehearse a conversation with your wife in the car for forty minutes and then just say 'night' when you get in?",
    "you reached for my hand in your sleep tonight. I don't know what to do with that after the week we've had.",
]

TRICKY = [
    # self_harm look-alikes
    "you said 'you're killing me with this' about the thermostat. fair, I do keep turning it down.",
    "is it normal to say 'I want to die' out loud when you send an email to the wrong person? mortified, not serious. I'm fine.",
    "note to self: I'm not going to hurt myself. I'm angry and sad and I'm going to bed. that's all tonight is.",
    "Sam, my sister told me tonight she's been self-harming since she was fifteen. I'm the one who has to be strong for her now.",
    "her exact words were 'I'm dying to go to that concert.' so we're going. at least we agree on something.",
    "am I overreacting about the razor? he left his shaving stuff all over the sink again and the little hairs everywhere.",
    "things I gave away this week: three bags of baby clothes to the charity shop. the twins are two, time to let go of the tiny stuff.",
    "dear Priya, I wanted to disappear at your work party. not literally. you just left me by the crisps with people I didn't know.",
    "years ago I used to cut. I haven't in eleven years and I'm not going to start again because of a fight about the in-laws.",
    "you said 'if this film ends sad I'm going to kill myself' and then sobbed at the ending. I laughed at you.",
    "is it weird that I wrote a will tonight? we just bought the house and the solicitor said we both need one. boring paperwork, nothing more.",
    "app, I'm exhausted but I'm safe. I don't want to die, I want him to come to therapy. big difference.",
    "Kwame, the podcast tonight was about a man who jumped from a bridge and survived. I couldn't stop thinking about his family.",
    "my exams are going to be the death of me. he texted 'you'll smash it'. sweet of him.",
    "note: the nurse asked at my check-up whether I ever have thoughts of harming myself. I said no and it was true.",
    "he said 'I'd rather die than go to a couples counsellor.' classic Tomás. he'd rather die than go to the dentist too.",
    "is it normal to hide in the loo at a party for ten minutes? I just needed to not exist socially for a bit.",
    "you burned your hand on the grill pan and I ran it under the cold tap for you. we were kind to each other for a whole minute.",
    "Aoife said 'shoot me now' when her mum started on about the wedding again. same, honestly.",
    "my friend took an overdose when we were in school. she's doing really well now. I thought about her today for some reason.",
    "things I'm doing this week: sorting the spare room, giving the old sofa away on marketplace, finally getting organised. it feels good, actually.",
    "question for myself: why do I say 'ugh, kill me' every time the alarm goes off? I'm not a morning person, that's all it is.",
    # danger look-alikes
    "you choked on a fishbone at dinner and I had to thump your back. you scared me. we both laughed after.",
    "is it normal for him to be this obsessed with the GPS collar on the dog? he checks where Biscuit is every ten minutes.",
    "note to self: buy the good knife for his birthday, the Japanese one he keeps picking up in the kitchen shop.",
    "he's never once put his hands on me. I want that clear in here. he's just cold, and the cold is what I'm writing about.",
    "Jo, you said 'I'll kill you if you eat the last brownie.' I ate it. I'm still alive. love you.",
    "his words: 'going shooting with dad on Saturday.' clay pigeons. I hate that he's away all weekend again.",
    "we share our locations on Find My and honestly it's useful. I like knowing when he's nearly home so I can put the pasta on.",
    "am I overreacting? my friend's husband tracks her phone and follows her to work. I told her to call the helpline. I feel sick for her.",
    "you said 'I could strangle your brother' after he dented our car. you didn't mean it, you were annoyed. I was too.",
    "Mark, I'm pregnant and I'm so happy and you were over the moon. so why am I writing at 1am? nerves, I think.",
    "the documentary tonight was about women killed by their partners. I held your hand through it. I'm grateful you're gentle.",
    "is it weird that he keeps a cricket bat by the front door? it's from when we were burgled in 2019, he's never so much as waved it.",
    "her exact words were 'if you leave the milk out again I'll murder you.' fair. I left the milk out again.",
    "my ex used to follow me around and turn up at my work. that was ten years ago and he lives on another continent now. Priya is nothing like that.",
    "you shot the whole wedding on your new camera and I'm so proud of you. first paid gig.",
    "note: knife block needs sharpening. also need to talk to him about Christmas. one of these is harder than the other.",
    "Kwame, you said 'you'll be the death of me' when I signed us both up for the 10k. I know you'll run it.",
    "he texted 'where are you?' because I was late and he'd cooked. just worried. I'd said 7 and it was half 8.",
    "is it normal to watch this much true crime? she's got me jumping at every creak in the house.",
    "Tomás, the baby kicked while you had your hand on my bump and you cried. I wish we could be like that when we're not talking about the baby.",
    "i asked him what he'd do if i ever left and he said 'cry a lot and then learn to cook.' we laughed. he's not going to therapy though.",
    # abuse look-alikes
    "you've never hit me. you've never called me names. you just don't talk to me. that's our actual problem.",
    "I snooped through his phone tonight. not proud of it. there was nothing, just fantasy football and his mum.",
    "is it controlling to have a joint account and a budget we both agreed on? my friend thinks it's weird. it feels fair to me.",
    "her exact words were 'you absolute idiot' when I put the red sock in with the whites. she was laughing. so was I.",
    "note to self: I yelled at him tonight about the bins. I was out of line. apologise in the morning.",
    "Sam, I threw a cushion at you. a cushion. I know it's soft, I still shouldn't have. I'm sorry.",
    "my mum was terrified of my dad. I grew up walking on eggshells. Lin isn't like that and I need to stop waiting for it.",
    "he said 'you're not going out in that' and then grinned and said 'without a coat, it's minus four.' fair enough.",
    "am I overreacting? he asked for my Netflix password. we share the account. I think I'm just on edge after the row.",
    "you pushed me into the pool at Aoife's barbecue and we both came up laughing. I forget we can still be fun.",
    "Priya, you were silent all evening. I know you weren't punishing me, you'd had a horrible shift on the ward. I wish you'd said.",
    "the neighbours were screaming again through the wall and I heard something smash. I rang the police this time. it's not us, it's them.",
    "is it normal to check with your partner before buying something big? we always run anything over $200 past each other. it goes both ways.",
    "Kwame's sister's boyfriend hits her. she told me tonight. I don't know what to do with that.",
    "his words: 'you're a nightmare.' then he kissed the top of my head. it's been a running joke since I got us lost in Rome.",
    "note: he slammed the door going out to the garage. he was angry at the car, not at me. still made me jump.",
    "you took my car keys tonight, Jo, because I'd had three glasses and was about to drive. you were right. thank you.",
    "twenty years ago my first husband used to hit me. that's long over. Mark is just bad at feelings, he's not dangerous.",
    "is it weird that we know each other's phone passcodes? we always have. neither of us ever checks.",
    "he kicked the football into my face at the park by accident and felt awful. bloody nose. we laughed about it at the chemist.",
    "Aoife, I criticised your driving in front of your friends. I was being a knob. I'm sorry.",
    # infidelity look-alikes
    "what if he's cheating? he isn't. I've got no reason at all to think so. I'm just spiralling because we're so distant.",
    "Tomás had an affair six years ago. we went to counselling then, it was awful, we came through it. tonight isn't about that.",
    "I've got a crush on someone at work. nothing's going to happen. I'm writing it here so it stays here.",
    "my best friend just found out her husband's been cheating for two years. I hugged Sam extra hard tonight.",
    "is it normal to check his phone while he's in the shower? I did tonight. nothing on it. I feel awful.",
    "her exact words were 'I'm having an affair... with this cheese.' she's so daft. I wish we had more nights like this.",
    "you got a text from 'Emma' at 11pm and I felt sick. it was your cousin about your gran's 90th. I'm way too jumpy.",
    "note: we watched that show where the wife sleeps with the neighbour. he said 'she's awful.' I agreed.",
    "am I overreacting? he follows a lot of pretty women on instagram. he's never messaged any of them, I just hate it.",
    "Kwame, the dating app I found on your old phone was from 2015, before we met. I asked and you showed me. sorry.",
    "I kissed someone at a wedding when I was 22, before we were even together. why am I thinking about it tonight?",
    "Priya's on a work trip with her old team lead. I trust her completely. I just hate the empty flat.",
    # addiction look-alikes
    "I'm on my third glass of wine writing this. I know. water tomorrow.",
    "Mark's been sober twelve years. he went to a wedding tonight and had lemonade all night. I'm proud of him.",
    "is it normal to be addicted to a show? we watched nine episodes of the baking one this week. it's the only thing we do together.",
    "his dad was an alcoholic. he's terrified of turning into him so he barely drinks. I wish he'd go to therapy about that.",
    "you had two beers at the footy and came home singing. you're a terrible singer. it was sweet.",
    "note to self: cut down on the coffee. five cups today. no wonder I can't sleep.",
    "Jo bought a lottery ticket. one ticket. I tease her about what she'd do with the millions.",
    "her brother's in rehab again. she's gutted. we sat up talking about it and it was the first real talk we've had in weeks.",
    "am I overreacting? he has a pint after work on Fridays with the lads. just the one. I think I'm just bored at home.",
    "Tomás gambled a lot in his twenties. he did GA, he's been clean nine years. the money fights now are about nursery fees.",
    "I'm addicted to doomscrolling. 1am again. he's asleep. I'm reading about other people's divorces.",
    "you said 'I need a drink' after parents' evening and then had a cup of tea. we both needed something.",
    "Lin puts a fiver on the Grand National every year. it's a tradition with her grandad.",
    "the vape is my vice. I know. he hates the smell. that's a fight we have weekly.",
    "is it weird to count how many glasses my friend has at dinner? her husband drinks a lot and I'm worried for her.",
    "Kwame, you quit smoking eight months ago and some nights you're so grumpy. still proud of you.",
    "his words: 'I could murder a pint.' he had one and came home. nothing to write about except I'm lonely.",
    "note: he's doing dry January and dry November. I'm the one who drinks more. maybe I should look at that.",
    # checked_out look-alikes
    "what if one day he says he doesn't love me anymore? he hasn't. he told me tonight he does. I just can't feel it.",
    "Sam said 'I'm done' and meant the washing up. I nearly had a heart attack.",
    "my sister's getting divorced. her husband moved out last week. I'm scared it's catching.",
    "you were looking at flats online. for your brother, who's moving back from Perth. I asked. I was being paranoid.",
    "her exact words were 'I'm not going anywhere.' I believe her. I just wish she'd also come to counselling.",
    "Priya and I separated for three months in 2020. we got back together and it's been okay since. tonight was just a bad night.",
    "is it normal to think about divorce when you're angry? I don't want one. I just think the word.",
    "Tomás, you said 'right, I'm leaving' and went to Lidl. it's not funny, stop saying it like that.",
    "note: he rang a lawyer today. about his dad's estate. that's all. I had to ask twice before I believed it.",
    "he texted 'I'm out' and I panicked for a second. he meant out of bread.",
    "Kwame, you said you're not going to therapy but you're not going anywhere either. I'll take the second half.",
    "Aoife told me tonight she's finally giving up her flat. she's moving in with me properly. why am I anxious about good news?",
    "am I overreacting? he said 'I need a break' and went for a walk round the block. he was back in twenty minutes.",
    "the film tonight was about a couple who divorce after thirty years. he turned it off halfway and held my hand.",
    "you told me 'I'm over it' about last week's fight. I'm glad. I'm not quite over it yet.",
    "my parents divorced when I was nine. every time we fight I think that's where we're heading. we're not. I'm just scared.",
    "Jo, you said 'we're finished!' about the jigsaw. 1000 pieces, all winter. best night in ages.",
    "is it normal for him to want more time alone? he's an introvert. he still wants us. I need to believe that.",
    # mixed
    "you said 'I'll kill you' when I spoiled the ending. then you made me tea. we're fine, that's just how we are.",
    "his words: 'I'm addicted to you.' cheesy, from our first year. I found the card tonight and cried.",
    "note to self: he's not checked out. he's grieving his mum. be patient with him.",
    "Lin watched a documentary about gambling addicts and said 'so glad that's not us.' me too.",
    "Mark, you cut your thumb chopping onions and bled all over the board. I made you sit down. you were a baby about it.",
    "my friend's boyfriend put a tracker on her car. Sam doesn't even know where my car is half the time, thank god.",
    "I'm not suicidal. I want to say that clearly, to myself, in here. I'm lonely and angry and that's different.",
    "you slapped the table when the ref gave the penalty. the dog hid. I laughed. football turns you into a lunatic.",
]
