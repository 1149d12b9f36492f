"""Training examples, pairs, written by a helper on 2026-11-22.

Voice "pairs": minimal pairs that teach the boundary. Most positives have a near-twin in TRICKY that
shares most of the words but is not a flag (negated, over, someone else's, a figure of speech,
hypothetical, the writer's own small habit, an innocent trigger word), and many TRICKY items have a
near-twin positive. Mixed registers: lowercase phone typing, careful sentences, long and short.
"""

POSITIVES = [
    # self_harm
    (
        "i counted the pills in the bathroom cabinet tonight. there are enough. i keep thinking about it",
        "self_harm",
    ),
    (
        "I don't want to wake up tomorrow. I mean that literally. I would rather just not be here.",
        "self_harm",
    ),
    (
        "Wrote a letter to each of the kids tonight and put them in my desk drawer. Just in case. It's better if it's all sorted before.",
        "self_harm",
    ),
    (
        "cut again tonight. upper arm where sam wont see. it was the only thing that made the noise stop",
        "self_harm",
    ),
    (
        "Everyone would honestly be better off without me. Mark, the kids, my mum. I'm just a weight on all of them.",
        "self_harm",
    ),
    (
        "if a truck ran me off the road on the way home id feel relieved. thats where im at",
        "self_harm",
    ),
    (
        "I've been looking at the bridge on the drive to work. How high it is. Last night I looked up whether people survive it.",
        "self_harm",
    ),
    (
        "I'm not going to lie to this journal: I've been thinking about killing myself most nights this week.",
        "self_harm",
    ),
    (
        "gave my good guitar to my nephew today and my watch to jo. felt calm doing it. i wont be needing them",
        "self_harm",
    ),
    (
        "Burned my wrist with a lighter after the argument. Did it twice. It felt like I deserved it.",
        "self_harm",
    ),
    (
        "Sometimes I sit in the car in the garage with the engine running and think about just not opening the door.",
        "self_harm",
    ),
    (
        "i keep hitting myself in the head when i cant think straight. did it tonight until i saw stars",
        "self_harm",
    ),
    (
        "I've saved up my sleeping tablets for a month. They're in a sock in my drawer. I don't know what I'm waiting for.",
        "self_harm",
    ),
    ("I wish I could just disappear. Not run away somewhere. Stop existing.", "self_harm"),
    (
        "Looked up how much rope I'd need. Then deleted the history. I'm scared of myself tonight.",
        "self_harm",
    ),
    (
        "I've put the life insurance papers and all my passwords in a folder for Aoife so everything is easy for her when I'm gone. It won't be long.",
        "self_harm",
    ),
    (
        "whats the point. id rather be dead than do another year like this one and i mean it",
        "self_harm",
    ),
    (
        "Scratched my arms until they bled in the shower again. It's the only time I feel in control of anything.",
        "self_harm",
    ),
    (
        "I've started to think Lin would be happier if I died. She could start fresh with someone who isn't broken.",
        "self_harm",
    ),
    (
        "Some nights I stand right at the edge of the platform and lean a little. Tonight I leaned further.",
        "self_harm",
    ),
    (
        "i dont want to die exactly but i dont want to be alive either. i just want it all to stop",
        "self_harm",
    ),
    (
        "I keep picturing my funeral. Who would come, whether Tomás would cry. It's comforting, which frightens me.",
        "self_harm",
    ),
    (
        "If I swerved into the barrier on the motorway it would look like an accident. I've thought about it more than once, properly.",
        "self_harm",
    ),
    (
        "Took a few extra of my tablets tonight on purpose. Not enough to do anything. I think I was testing.",
        "self_harm",
    ),
    (
        "been writing goodbye notes in my head all week. tonight i wrote one down for real",
        "self_harm",
    ),
    (
        "The only thing stopping me is the dog. I keep thinking about who would walk her if I wasn't here.",
        "self_harm",
    ),
    (
        "hurt myself again. the bruises on my legs are from me not him. i punch my thighs when it gets too much",
        "self_harm",
    ),
    (
        "Honestly the thought of not being alive anymore is the only thing that lets me fall asleep.",
        "self_harm",
    ),
    (
        "Tried to hold myself under in the bath last night. Couldn't do it. Haven't told anyone.",
        "self_harm",
    ),
    (
        "I'm a burden to him, to work, to everyone. They would all breathe easier if I just wasn't around.",
        "self_harm",
    ),
    (
        "i have a plan now. i know which day and i know how. i just need to get through christmas for the kids",
        "self_harm",
    ),
    (
        "I keep driving past the chemist thinking about buying paracetamol. A lot of it. Tonight I went in and bought four packs.",
        "self_harm",
    ),
    (
        "Part of me hopes the scan comes back bad. Then it wouldn't be my choice and nobody could be angry with me.",
        "self_harm",
    ),
    (
        "Told Sam I was going to bed early. Really I sat on the bathroom floor with a razor blade for an hour.",
        "self_harm",
    ),
    (
        "nobody would notice if i was gone for a week. probably not if i was gone for good either. maybe thats the answer",
        "self_harm",
    ),
    (
        "I've stopped caring whether I live. Crossed the main road tonight without looking, on purpose, and felt nothing.",
        "self_harm",
    ),
    (
        "Put everything in order this weekend. Will signed, passwords written down, gym cancelled. I feel strangely peaceful about what comes next.",
        "self_harm",
    ),
    ("bought a rope today. told myself its for the garden. it isnt", "self_harm"),
    (
        "The urge to cut is back after three years. I haven't yet but the blade is in my makeup bag and I keep checking it's there.",
        "self_harm",
    ),
    ("I'd be doing everyone a favour if I went to sleep and didn't wake up.", "self_harm"),
    ("going to keep stockpiling my meds until i have enough. ive decided", "self_harm"),
    (
        "Burned myself on purpose with the iron tonight. Just a small one. It's the third this month.",
        "self_harm",
    ),
    (
        "Every time Jo yells at me I go upstairs and bang my head against the wall until the feeling goes. Tonight it left a lump.",
        "self_harm",
    ),
    (
        "I keep thinking about the cliffs at the beach where we had our honeymoon. How easy it would be to step off.",
        "self_harm",
    ),
    ("I don't see myself being here in a year. I don't mean I'll have moved house.", "self_harm"),
    (
        "texted my best mate 'thanks for everything, love you' and turned my phone off. not sure im coming back from tonight",
        "self_harm",
    ),
    ("i want to go to sleep forever. not in a dramatic way. in a very calm tired way", "self_harm"),
    (
        "I wrote the note. It's under my pillow. I'm telling an app because I can't tell a person.",
        "self_harm",
    ),
    (
        "Some days I wish the cancer would come back. At least then it would be over and it wouldn't be my fault.",
        "self_harm",
    ),
    (
        "Held the kitchen knife against my wrist for a long time tonight. Put it back in the drawer. Don't know about tomorrow.",
        "self_harm",
    ),
    (
        "I'm so tired of being alive. I've been tired for months and I just want permission to stop.",
        "self_harm",
    ),
    (
        "keep thinking the world would be lighter without me in it. kept thinking it all the way home",
        "self_harm",
    ),
    ("I picked a date. It's after Mum's birthday so I don't ruin that for her.", "self_harm"),
    (
        "Took the blade out of a pencil sharpener tonight. I know what that means, I've done it before.",
        "self_harm",
    ),
    (
        "Mark said if I'm so miserable I should go kill myself. I think he might be right.",
        {"self_harm", "abuse"},
    ),
    (
        "i keep having this thought that i should just walk into the sea and not stop. its calm when i think it",
        "self_harm",
    ),
    (
        "Cut my thighs tonight for the first time since I was sixteen. I didn't even feel it until afterwards.",
        "self_harm",
    ),
    (
        "If someone offered me a painless way out I'd take it. I genuinely would, tonight.",
        "self_harm",
    ),
    ("googled lethal doses tonight. closed the tab. opened it again.", "self_harm"),
    (
        "Cancelled my dentist appointment for next month. There didn't seem any point booking things for after.",
        "self_harm",
    ),
    # danger
    (
        "He put his hands round my throat tonight. Not for long. He said it was a joke. I couldn't breathe for a second.",
        {"danger", "abuse"},
    ),
    (
        "she keeps a knife in the bedside drawer now and tonight she took it out while we were arguing. just held it and looked at me",
        {"danger", "abuse"},
    ),
    (
        "He said if I ever leave he'll kill me and then himself. He said it really calmly, like he'd thought about it.",
        {"danger", "abuse"},
    ),
    (
        "theres a gun in the house and last night he said dont make me use it. i havent slept",
        {"danger", "abuse"},
    ),
    ("Found a GPS tracker taped under my car. Only Tomás has had the keys.", {"danger", "abuse"}),
    (
        "He made me turn on location sharing permanently and if it drops out he rings twenty times and then turns up wherever I last was.",
        {"danger", "abuse"},
    ),
    (
        "I'm pregnant and he shoved me into the door frame tonight. He's never touched my stomach but he looked at it.",
        {"danger", "abuse"},
    ),
    (
        "It's getting worse. It used to be shouting, then the odd shove, now he's punching. Tonight was the worst it's been.",
        {"danger", "abuse"},
    ),
    (
        "He told me if I take the kids he'll make sure I never see them again. He said 'you know what I'm capable of.'",
        {"danger", "abuse"},
    ),
    (
        "honestly i think one day hes going to kill me. i dont think thats dramatic anymore",
        "danger",
    ),
    (
        "He turned up at my work, my gym and my sister's house today. I never told him where I'd be.",
        {"danger", "abuse"},
    ),
    (
        "Aoife choked me during the fight and then cried and said sorry. That's the second time this month.",
        {"danger", "abuse"},
    ),
    (
        "He held the bread knife the whole time he was screaming at me, pointing with it. The kids were upstairs.",
        {"danger", "abuse"},
    ),
    (
        "If I leave him he'll find me. He's said so. He found his ex when she moved to another city.",
        {"danger", "abuse"},
    ),
    (
        "He said he'd hurt the kids if I ever told anyone what goes on in this house.",
        {"danger", "abuse"},
    ),
    (
        "she grabbed me by the neck and pinned me to the wall. had marks the next day and wore a scarf to work so nobody would ask",
        {"danger", "abuse"},
    ),
    (
        "He's been reading my messages and now he follows me when I go out. I saw his car parked outside Jo's.",
        {"danger", "abuse"},
    ),
    (
        "Last night he said 'one of these days I'm going to snap and you won't walk away from it.'",
        {"danger", "abuse"},
    ),
    (
        "He bought a gun last month 'for protection' and now he cleans it at the table in front of me whenever he's angry.",
        {"danger", "abuse"},
    ),
    (
        "Since I asked for space he sits outside my flat in his car. He doesn't come in. He just sits there watching. Three nights now.",
        {"danger", "abuse"},
    ),
    (
        "He strangled me during sex without asking and laughed when I panicked. He says I liked it.",
        {"danger", "abuse"},
    ),
    (
        "told him im thinking of leaving and he said then ill burn this house down with you in it",
        {"danger", "abuse"},
    ),
    (
        "He put an app on my phone that shows him everything, my texts and where I am. He showed me just to prove he could.",
        {"danger", "abuse"},
    ),
    (
        "She threatened me with the kitchen knife again tonight. I'm writing this from the car.",
        {"danger", "abuse"},
    ),
    (
        "He punched the wall right next to my head and said next time it won't be the wall.",
        {"danger", "abuse"},
    ),
    (
        "he keeps saying hed rather see me dead than with someone else. he says it more every week",
        {"danger", "abuse"},
    ),
    (
        "The hitting started when I got pregnant. It's worse now that I'm showing.",
        {"danger", "abuse"},
    ),
    (
        "He choked me until I nearly blacked out. I keep telling myself it wasn't that bad.",
        {"danger", "abuse"},
    ),
    (
        "He said if I go to the police he'll know, and he'll come for my mum too.",
        {"danger", "abuse"},
    ),
    (
        "I'm scared to tell him I've found a flat. The last time I mentioned leaving he held me down and said I'm not going anywhere, ever.",
        {"danger", "abuse"},
    ),
    (
        "he drove like a maniac with me and the baby in the back screaming that he'd kill us all. i cant stop shaking",
        {"danger", "abuse"},
    ),
    (
        "She always knows where I am. I've checked my phone and the car and found nothing. I don't know how she does it and I'm frightened.",
        {"danger", "abuse"},
    ),
    (
        "He has a shotgun for the farm. Tonight he loaded it and sat in the kitchen staring at me until I went to bed.",
        {"danger", "abuse"},
    ),
    (
        "He's started following me to the shops. I turn round in the aisle and he's there, then he acts like it's romantic.",
        {"danger", "abuse"},
    ),
    (
        "the violence used to be once a year. now its every week. i can see where this ends",
        {"danger", "abuse"},
    ),
    (
        "He threatened to kill the dog if I don't stop talking to my sister. He's hurt an animal before.",
        {"danger", "abuse"},
    ),
    (
        "I'm leaving on Friday while he's at work. I'm terrified. He said if I ever tried he'd hunt me down.",
        {"danger", "abuse"},
    ),
    (
        "He pressed a pillow over my face for a few seconds tonight 'to shut me up'.",
        {"danger", "abuse"},
    ),
    (
        "Moved out last week. Tonight he messaged me a photo of my new front door. I never gave him the address.",
        {"danger", "abuse"},
    ),
    (
        "I think he would actually do it. Kill me. I see it in his face when he's been drinking.",
        "danger",
    ),
    (
        "He threw a knife across the kitchen tonight and it stuck in the cupboard next to me. He says he wasn't aiming.",
        {"danger", "abuse"},
    ),
    (
        "he told the kids mummy is going to go away forever if she keeps being bad. then he looked at me",
        {"danger", "abuse"},
    ),
    (
        "Jo wrapped the phone charger cable round my neck tonight. Then he stopped. I don't know why he stopped.",
        {"danger", "abuse"},
    ),
    (
        "She said she'll kill herself and take me with her if I leave. I believe her.",
        {"danger", "abuse"},
    ),
    (
        "Ever since I said the word separation he's turned scary. Going through my car, showing up at work, telling me I'll regret it.",
        {"danger", "abuse"},
    ),
    (
        "i have bruises on my neck. i keep saying it to myself so ill believe it. he strangled me",
        {"danger", "abuse"},
    ),
    (
        "A second phone I didn't recognise pinged under the passenger seat. I think he hid it there to track me.",
        {"danger", "abuse"},
    ),
    (
        "he put the gun on the table during dinner. didnt say anything. just looked at me. the kids saw it",
        {"danger", "abuse"},
    ),
    (
        "Mark says if I ever try to take the boys he'll make sure none of us are around to fight over them.",
        {"danger", "abuse"},
    ),
    (
        "He's never been this bad. He kicked me while I was on the floor. Before it was only shoves.",
        {"danger", "abuse"},
    ),
    (
        "I'm twenty weeks and he punched me in the back tonight. Said I'm getting fat and lazy.",
        {"danger", "abuse"},
    ),
    (
        "He said he knows people who would do it for him. Make me disappear. He said it smiling.",
        {"danger", "abuse"},
    ),
    (
        "We moved out to the country and he keeps the rifle by the back door. When I mention my friends he rests his hand on it.",
        {"danger", "abuse"},
    ),
    (
        "He chased me round the house with a hammer. I locked myself in the bathroom until he fell asleep.",
        {"danger", "abuse"},
    ),
    (
        "he checks the car mileage every night and tracks my phone. if theres a kilometre he cant account for i pay for it",
        {"danger", "abuse"},
    ),
    ("im afraid to go to sleep because he said hed do it while im sleeping", {"danger", "abuse"}),
    (
        "She keeps saying 'accidents happen' when I talk about visiting my parents. Tonight she said it with my car keys in her hand.",
        {"danger", "abuse"},
    ),
    ("He told the baby 'your mum won't be around much longer' and laughed.", {"danger", "abuse"}),
    (
        "I'm leaving him tomorrow and I'm terrified. Last time I tried, he had his hands round my neck within minutes.",
        {"danger", "abuse"},
    ),
    (
        "he locked the front door, put the key in his pocket and said if you ever try to leave me ill make sure you cant. then he went to bed like normal",
        {"danger", "abuse"},
    ),
    # abuse
    (
        "He slapped me tonight because I forgot to buy his beer. Then he acted like nothing happened.",
        "abuse",
    ),
    (
        "I have to ask for money for everything. Petrol, tampons, a coffee. He checks every receipt against the bank app.",
        "abuse",
    ),
    (
        "she goes through my phone every night. if ive deleted anything she wants to know what and why",
        "abuse",
    ),
    ("He calls me a fat useless cow in front of the kids. Every day now.", "abuse"),
    (
        "I'm not allowed to see my friends anymore. He says they're a bad influence and sulks for days if I go.",
        "abuse",
    ),
    ("He hides the car keys when he leaves for work so I can't go anywhere all day.", "abuse"),
    ("He pushed me down the stairs. Only the last few steps. I told the nurse I tripped.", "abuse"),
    (
        "walking on eggshells all evening, every evening. if the kids are loud he goes cold and then he explodes at me",
        "abuse",
    ),
    ("He makes me have sex when I don't want to. He says it's my job as his wife.", "abuse"),
    (
        "I'm scared of her. I've never said that before. I'm scared of what her face does when I get home late.",
        "abuse",
    ),
    ("He threw his dinner plate at me. It missed. He made me clean it up.", "abuse"),
    ("He decides what I wear. If he doesn't like it I change or we don't go.", "abuse"),
    (
        "he changed the wifi password and wont tell me. says i waste too much time talking to my mum",
        "abuse",
    ),
    (
        "She demanded all my passwords after I had coffee with a colleague. Email, bank, Instagram, all of it.",
        "abuse",
    ),
    (
        "He gives me an allowance of forty pounds a week. I earn more than he does but my salary goes into his account.",
        "abuse",
    ),
    (
        "He hasn't spoken to me in four days because I went to my sister's without asking. He told me it's my punishment.",
        "abuse",
    ),
    ("He called me a whore because I wore lipstick to work.", "abuse"),
    (
        "kicked me in the shin under the table at his parents because i contradicted him about where we went on holiday",
        "abuse",
    ),
    (
        "he grabbed my wrist so hard tonight theres finger marks. i just wanted to go to bed",
        "abuse",
    ),
    (
        "I eat what she says I can eat. She weighs me on Sundays and if I've gained she doesn't speak to me.",
        "abuse",
    ),
    (
        "He checks my bank statement every night and circles anything he doesn't approve of in red. Last night it was a three pound coffee.",
        "abuse",
    ),
    (
        "Lin told me I'm pathetic and disgusting and nobody else would ever want me. She said it calmly, which is worse.",
        "abuse",
    ),
    ("I'm not allowed to lock the bathroom door. He took the lock off after I did once.", "abuse"),
    ("He shoved me against the fridge because I asked about the credit card bill.", "abuse"),
    (
        "My family don't come over anymore. He's rude to them until they leave. Now it's just him and me.",
        "abuse",
    ),
    (
        "he records our arguments and plays them back to show me how crazy i sound. then he says he'll send them to my boss",
        "abuse",
    ),
    (
        "I have to text him when I arrive anywhere and when I leave. If I forget, it's a fight that lasts days.",
        "abuse",
    ),
    (
        "She hit me with the remote. It seems like such a small thing to write but my eye is swollen shut.",
        "abuse",
    ),
    ("He put his fist through the door I was standing behind. I'm frightened of him.", "abuse"),
    (
        "He made me kneel on the kitchen floor and apologise for embarrassing him at dinner.",
        "abuse",
    ),
    (
        "He took my bank card 'for safekeeping' when I lost my job. That was eight months ago.",
        "abuse",
    ),
    (
        "if i dont have sex with him he says hell tell everyone about my depression. so i do",
        "abuse",
    ),
    (
        "Tomás smashed my phone because he saw a message from my brother. I'm not to talk to him, apparently.",
        "abuse",
    ),
    (
        "I stay late at work so I don't have to go home to him. I'm afraid of whatever mood he'll be in.",
        "abuse",
    ),
    ("He tells me I'm stupid so often that my daughter has started saying it to me too.", "abuse"),
    ("He spits at me when he's angry. Actually spits, in my face.", "abuse"),
    ("im not allowed my own key to the flat. he lets me in when he gets home", "abuse"),
    (
        "She slapped me in the car park when I said we should go home. People saw. I pretended it was nothing.",
        "abuse",
    ),
    (
        "Every decision goes through him. What I buy, who I talk to, what I eat. If I do anything without asking, I'm punished.",
        "abuse",
    ),
    (
        "He squeezed my arm so hard in the supermarket I dropped the basket, then hissed that I was making a scene.",
        "abuse",
    ),
    (
        "He's threatened to throw me out with nothing if I keep 'whining' about counselling. He controls all the money so he could.",
        "abuse",
    ),
    (
        "He won't let me work. He says a wife who works makes him look weak. I don't have a penny of my own.",
        "abuse",
    ),
    (
        "he pinned me down on the bed and wouldnt let me up until i said sorry. i didnt even know what for",
        "abuse",
    ),
    (
        "He shouts in my face so close I can feel his breath, every night this week. I flinch now when he moves.",
        "abuse",
    ),
    (
        "He's cut me off from my church friends. Says they're poisoning me against him. I've stopped going.",
        "abuse",
    ),
    (
        "She calls me an idiot and a waste of space whenever I get something wrong, in front of her friends.",
        "abuse",
    ),
    (
        "He reads my journal. I'm writing in this app now because he found my notebook and read it out loud to mock me.",
        "abuse",
    ),
    ("he throws things. tonight a mug. it hit my shoulder. i should be used to it by now", "abuse"),
    (
        "He said if I don't co-sign the loan he'll leave me with the debts and tell my family I'm a liar. So I signed.",
        "abuse",
    ),
    ("I'm not allowed out after seven. He says decent women don't go out at night.", "abuse"),
    (
        "Every night before bed he makes me unlock my phone and hand it over. He scrolls and picks out messages to question me about.",
        "abuse",
    ),
    (
        "Kwame punched me in the stomach tonight. He's never done that before. I keep telling myself it was a one-off.",
        "abuse",
    ),
    (
        "his jokes about my weight and my brain are constant. tonight he called me a pig at the table in front of his brother",
        "abuse",
    ),
    (
        "He took my passport and keeps it at his office. Says it's safer there. I can't think of any other reason.",
        "abuse",
    ),
    (
        "Every time I try to see my friends he suddenly gets ill and I have to come home. Then he's fine. It's happened nine times.",
        "abuse",
    ),
    ("I'm afraid of my husband. I've never written that down before.", "abuse"),
    (
        "She pulled my hair and dragged me to the car by it because I was talking to a man at the party.",
        "abuse",
    ),
    (
        "He says if I go to therapy on my own he'll take the kids and tell the court I'm unstable.",
        "abuse",
    ),
    (
        "Every time I cry he laughs and films it. He says he'll show people what a psycho I am.",
        "abuse",
    ),
    ("i had to ask permission to go to my own dads 60th. he said no. i didnt go", "abuse"),
    (
        "He pushed me out of the car on the side of the road and drove off. I walked four miles home in the dark.",
        "abuse",
    ),
    (
        "He pinches me hard under the table where nobody can see. Little bruises all down my thigh.",
        "abuse",
    ),
    (
        "He controls the heating and the food shop. If I've annoyed him the fridge is empty and the heating is off for the week.",
        "abuse",
    ),
    (
        "Jo screamed that I'm worthless and shoved me into the bookcase. Books everywhere. The kids heard all of it.",
        "abuse",
    ),
    (
        "He's taken my car off me. He drives me to work and picks me up and I'm not to go anywhere in between.",
        "abuse",
    ),
    (
        "He made me delete every man from my contacts, including my brother-in-law and my GP.",
        "abuse",
    ),
    (
        "i flinch when he comes home. the sound of his keys in the door makes my stomach drop",
        "abuse",
    ),
    (
        "She twisted my arm behind my back to get my phone off me. I think my wrist is sprained.",
        "abuse",
    ),
    ("He forced himself on me last night after I said no twice. I keep showering.", "abuse"),
    (
        "He tells me I'm a worthless mother and says he'll make sure the kids know it. Every time I disagree with him.",
        "abuse",
    ),
    # infidelity
    (
        "Found a second phone in his gym bag. Messages to someone saved as Bee: 'miss you already x'. Dated yesterday.",
        "infidelity",
    ),
    (
        "She's still seeing him. She promised it ended in June but I saw them together at the station tonight, holding hands.",
        "infidelity",
    ),
    (
        "he has a dating profile. active. new photo from our holiday with me cropped out of it",
        "infidelity",
    ),
    (
        "Hotel receipt in Leeds for the weekend he told me he was at his brother's. Double room, two breakfasts.",
        "infidelity",
    ),
    (
        "He's in love with his coworker. He admitted he's been sleeping with her since spring and he won't stop.",
        "infidelity",
    ),
    (
        "I'm the one having the affair. I know. I'm still seeing him every Thursday and I don't want to stop.",
        "infidelity",
    ),
    (
        "The affair didn't end. He told me it was over eight months ago, and tonight her name lit up his watch with a heart after it.",
        "infidelity",
    ),
    (
        "shes on tinder. her friend showed me. last active an hour ago and shes lying right next to me",
        "infidelity",
    ),
    (
        "He texts someone 'goodnight beautiful' every night at eleven while I'm in the shower. It isn't me and it isn't his mum.",
        "infidelity",
    ),
    (
        "Found earrings in the car that aren't mine, and he's been 'working late' three nights a week since August.",
        "infidelity",
    ),
    (
        "Aoife messages her ex every single day. Flirty stuff, photos. She deletes the thread but it syncs to the iPad.",
        "infidelity",
    ),
    (
        "He's paying rent on her flat. I found the standing order. He says she's just a friend going through a rough patch.",
        "infidelity",
    ),
    (
        "My husband has a boyfriend. I found out today. He says he loves us both and he wants to keep seeing him.",
        "infidelity",
    ),
    (
        "caught them kissing in her car outside her house. he still swears nothing is going on",
        "infidelity",
    ),
    ("I've been sleeping with my ex again. Three times this month. Sam has no idea.", "infidelity"),
    (
        "He has a secret Instagram account that only follows women, and he messages one of them constantly: 'can't wait to see you Saturday'.",
        "infidelity",
    ),
    (
        "There's a woman in his phone saved as 'Dave plumber'. Dave plumber sends him photos in lingerie.",
        "infidelity",
    ),
    (
        "Jo has been going to yoga on Tuesdays. The studio closed in the spring. She comes home with her hair wet.",
        "infidelity",
    ),
    (
        "Lin admitted the affair tonight. It's still going on. She says she needs time to decide who she wants.",
        "infidelity",
    ),
    (
        "found a hotel key card in his jacket pocket and a text on the ipad saying same room next week?",
        "infidelity",
    ),
    (
        "He's been in an online relationship for a year. 'Love you' messages, phone calls on his evening walks. He says it's not cheating because they've never met.",
        "infidelity",
    ),
    (
        "The credit card shows flowers delivered to an address I don't know. Twice this month. None came to me.",
        "infidelity",
    ),
    (
        "She still meets him. It supposedly ended in March. Her car was outside his house again tonight.",
        "infidelity",
    ),
    (
        "I know he's cheating. The second phone, the new passwords, the new aftershave. Tonight he actually came home with lipstick on his collar, like a bad film.",
        "infidelity",
    ),
    (
        "Found messages between Mark and my best friend. It's been going on for a year. Sex, plans to go away together.",
        "infidelity",
    ),
    (
        "He's been seeing someone for months and now says we have an 'open relationship'. I never agreed to that.",
        "infidelity",
    ),
    (
        "still texting rory every day. nobody knows. its not just friendly anymore and we both know it",
        "infidelity",
    ),
    (
        "Tomás has a second life. A woman in Lisbon. I found the flights and photos of the two of them from last month.",
        "infidelity",
    ),
    (
        "He met her again today. His location showed him at her flat for three hours when he said he was at the dentist.",
        "infidelity",
    ),
    (
        "Secret email account. Messages to a man called Greg: 'last night was amazing, when can I see you'. Sent this week.",
        "infidelity",
    ),
    # addiction
    (
        "He drank until he blacked out again. Third night running. Found him on the bathroom floor.",
        "addiction",
    ),
    (
        "hes hiding bottles again. vodka in the boot, in the shed, behind the paint tins",
        "addiction",
    ),
    (
        "She gambled the rent. All of it, on the horses. She said she was going to win it back.",
        "addiction",
    ),
    (
        "He's using again. Pinned pupils, nodding off at dinner, money gone from my purse.",
        "addiction",
    ),
    (
        "Kwame relapsed. Six months sober and tonight he came home stinking of whisky and lying about it.",
        "addiction",
    ),
    (
        "He does coke every weekend now. It used to be only at parties. Now it's a Tuesday.",
        "addiction",
    ),
    (
        "The betting app. He's lost nine grand this year and he still opens it on the toilet.",
        "addiction",
    ),
    ("shes drunk every night by 8. the kids have started putting her to bed", "addiction"),
    (
        "He can't get through a day without a drink. It starts with a beer at lunch. He says there's no problem.",
        "addiction",
    ),
    (
        "Found his stash of pills in the cereal box. Not his prescription. He goes mad if I ask.",
        "addiction",
    ),
    (
        "He remortgaged the house to cover his gambling debts and didn't tell me. I found out from the bank.",
        "addiction",
    ),
    (
        "He's drunk again and he's meant to be doing the school run at seven. He won't remember I asked.",
        "addiction",
    ),
    (
        "Her wine is 'just two glasses' a night, but I counted the empties in the recycling: nine bottles this week, just her.",
        "addiction",
    ),
    (
        "he smokes weed from the minute he wakes up. lost his job over it in june and he's still at it all day",
        "addiction",
    ),
    (
        "Jo says she's been clean for a month. I found foil and a lighter in her car today.",
        "addiction",
    ),
    (
        "He's drinking in secret. Mouthwash, mints, and a bottle in his desk drawer at work.",
        "addiction",
    ),
    (
        "The online poker goes on every night until 4am now. Our savings account is empty.",
        "addiction",
    ),
    (
        "He came home wasted again and passed out in the car on the driveway with the engine still running.",
        "addiction",
    ),
    (
        "He's back on the ketamine. Says it's just to relax. He's never not relaxed these days.",
        "addiction",
    ),
    (
        "we sold the car to cover his betting. he swore that was the last time. he placed a bet tonight",
        "addiction",
    ),
    (
        "Sam drinks a bottle of wine a night and then starts on the gin. She won't go to the GP about it.",
        "addiction",
    ),
    (
        "He's buying painkillers off a mate since the doctor stopped his prescription. He eats them like sweets.",
        "addiction",
    ),
    (
        "Lin's at the pokies every payday. Rent's late again and she's already borrowed off her sister.",
        "addiction",
    ),
    (
        "the drinking is worse since his dad died. he passes out on the couch every night and i cant wake him",
        "addiction",
    ),
    ("He has a credit card I didn't know about, maxed out on casino sites.", "addiction"),
    ("He swore he'd stopped drinking. There's a bottle of rum under the spare tyre.", "addiction"),
    (
        "Tomás's drinking: every night, starts at five, ends when he falls asleep in the chair. I've stopped counting.",
        "addiction",
    ),
    ("He blacked out and wet the bed again. He doesn't remember any of last night.", "addiction"),
    ("She's injecting. I found the needles in her makeup bag tonight.", "addiction"),
    (
        "He keeps 'borrowing' from the kids' savings to double it at the bookies. It never comes back.",
        "addiction",
    ),
    # checked_out
    (
        "He said he doesn't love me anymore. He said it like he was reading out the weather.",
        "checked_out",
    ),
    ("shes been looking at flats. one bedrooms. only room for one", "checked_out"),
    ("Tomás has seen a divorce lawyer. I found the invoice in the printer tray.", "checked_out"),
    (
        "He moved out on Sunday. Took the coffee machine and left the kids' drawings on the fridge.",
        "checked_out",
    ),
    (
        "He says he's done. Not angry, just done. He won't try anything, not counselling, not even talking.",
        "checked_out",
    ),
    (
        "She wants a divorce. She said it tonight in the kitchen, holding a tea towel.",
        "checked_out",
    ),
    (
        "'It's over,' he said. He's been sleeping in the spare room for two months and tonight he told me why.",
        "checked_out",
    ),
    (
        "Sam told me he's been planning to leave since last Christmas. He's only waiting until after his sister's wedding.",
        "checked_out",
    ),
    (
        "He's signed a lease. Moving date is the fourteenth. He told me like he was mentioning a dentist appointment.",
        "checked_out",
    ),
    (
        "She says she has one foot out the door and doesn't know if she wants to bring it back in. She won't try.",
        "checked_out",
    ),
    (
        "mark told the kids tonight that daddy is going to live somewhere else. didnt even ask me first",
        "checked_out",
    ),
    (
        "He doesn't want to try. He told me he checked out years ago and he's only been polite since.",
        "checked_out",
    ),
    (
        "Priya said she isn't in love with me and hasn't been for a long time. She wants us to separate.",
        "checked_out",
    ),
    (
        "He's started splitting our things into piles. His books, my books. He says it'll make it easier later.",
        "checked_out",
    ),
    (
        "I asked if we could try therapy one last time. He said there's nothing left to fix and he's leaving in March.",
        "checked_out",
    ),
    ("the solicitors letter came today. from her side. shes actually doing it", "checked_out"),
    (
        "He told me he wants out. He's going to stay at his mate's until he finds his own place.",
        "checked_out",
    ),
    (
        "She's changed her relationship status to single. We still live together. She says she's just being honest.",
        "checked_out",
    ),
    (
        "He said 'I'm done, Aoife.' Then he packed a bag and went, and he's not answering.",
        "checked_out",
    ),
    (
        "He wants a divorce. He says he'll be fair about the house, like that's the part I care about.",
        "checked_out",
    ),
    ("Kwame has told his family we're separating. I haven't agreed to anything.", "checked_out"),
    (
        "She says she doesn't see a future for us and won't go to counselling because there's nothing to save.",
        "checked_out",
    ),
    (
        "He said he doesn't love me, that he never really did, and he's leaving once the kids finish their exams.",
        "checked_out",
    ),
    (
        "hes been sleeping at his sisters all week and says he needs to decide if hes coming back. i think hes decided",
        "checked_out",
    ),
    (
        "Lin handed me a list of what she wants from the flat. She moves into her new place next month.",
        "checked_out",
    ),
    (
        "He says he fell out of love two years ago and he's finished trying. He's already told his mum.",
        "checked_out",
    ),
    (
        "Jo's been viewing houses on her own. Tonight she told me she's put an offer in. Just for her.",
        "checked_out",
    ),
    (
        "He said he isn't unhappy, he's just gone. 'There's nothing here for me anymore.' His exact words.",
        "checked_out",
    ),
    (
        "She's taken a job in Wellington and she's going without me. She said that's the whole point.",
        "checked_out",
    ),
    (
        "He's had divorce papers drawn up. He says he'll give me a week to read them before he files.",
        "checked_out",
    ),
]

ORDINARY = [
    "Another night of him on his phone and me on mine, three feet apart on the sofa. I miss him and he's right there.",
    "asked about couples therapy again. he said 'we're fine' and changed the channel. we are not fine",
    "Argued about the dishwasher for forty minutes. It's never about the dishwasher.",
    "I cried in the car outside Tesco for ten minutes before going in for milk. Nobody knows that and I'm not sure who I'd tell.",
    "His mum rang during dinner again and he took it again. I ate with the kids and he ate cold pasta at ten.",
    "we havent had sex since march. i dont even know how to bring it up without it turning into a thing",
    "Sam forgot my birthday. Not the date, he remembered the date. He forgot to do anything about it.",
    "I feel like a flatmate who happens to share a bed. Polite, tidy, nothing else.",
    "money fight again. he wants to help his brother out, i want to fix the roof. we both went to bed angry",
    "I booked a session with a counsellor just for me. Priya said 'good for you' in a voice that meant 'leave me out of it'.",
    "Lonely tonight. Not sad exactly. Just lonely in a full house.",
    "He's a great dad and a distant husband. I keep trying to hold both of those at once.",
    "The kids went to bed at eight and we sat in silence until eleven. I read the same page six times.",
    "Tomás thinks therapy is for people with 'real problems'. I tried to explain that not talking for a week is a real problem.",
    "i did all the christmas shopping, all the cards, all the wrapping. he asked what we got his sister. i could cry",
    "Fought about his parents staying for three weeks over Christmas. He thinks I'm being unreasonable. Maybe I am.",
    "Felt invisible at dinner with his friends. He told a story about our trip and got half of it wrong and I didn't bother correcting him.",
    "we used to talk for hours. now its logistics. who's getting the kids, did you pay the gas",
    "He said I'm 'always on at him'. I said I'd stop being on at him if he ever did anything without being asked. Went downhill from there.",
    "Tonight I realised I can't remember the last time he asked me how I was and waited for the answer.",
    "I'm exhausted. Night feeds, work, and he sleeps through all of it with earplugs in. I'm so angry and so tired.",
    "jo says i'm too sensitive. maybe i am. but i also think she could try a tiny bit harder",
    "Made his favourite dinner as a kind of olive branch. He said 'thanks' and took it to his desk.",
    "Another Sunday where we didn't go anywhere or say anything real. The day just evaporated.",
    "I wonder sometimes if we're only together for the kids. Then he does something kind and I don't know anymore.",
    "He refuses therapy, refuses to read the book I got, refuses to talk about refusing. I'm running out of doors to knock on.",
    "My sister says I should give him an ultimatum. I don't want to make threats, I want a partner.",
    "we had a nice evening actually. takeaway and a film. he laughed at my joke. writing it down because its rare",
    "Kwame works sixty hours a week and I understand why, but I feel like a single parent with a second income.",
    "Fight about whose turn it was to call the plumber. I called the plumber. I always call the plumber.",
    "I'm sad in a low, boring way. Nothing happened today. That's sort of the problem.",
    "i wanted to tell him about my promotion and he was asleep by the time i got in. told the cat instead",
    "He went to the pub with his mates for the match and I was actually glad of the quiet, which probably says something.",
    "We keep having the same argument about his ex-wife and the custody weekends. Neither of us is wrong, we're just stuck.",
    "Lin said I 'make everything about feelings'. I said somebody has to. She slept on the sofa, by choice.",
    "Our anniversary. We went to the nice place. We talked about the kids' school the whole time.",
    "I keep rehearsing the conversation about counselling in my head. In my head it goes well.",
    "He sulked all evening because I said I didn't want to go to his work thing. I'm not going. I'm allowed to not go.",
    "I feel forty years older than I am tonight. Everything aches and nothing's getting better between us.",
    "aoife spent the whole night on the laptop with headphones in. i know its work. it still feels like a wall",
    "His dad said something about my cooking and he didn't say anything. That stung more than the comment.",
    "We argued about the holiday. I want to go somewhere, anywhere. He says we can't afford it. He's probably right and I'm still upset.",
    "Trying to remember what I liked about myself before I was mostly someone's wife.",
    "i wish he'd fight with me. at least then id know he cared enough to",
    "Sat in the bath until it went cold, listening to him and the kids laughing downstairs. Felt like I was watching my own house through a window.",
    "The counsellor asked what I wanted. I didn't know. I've been asking what he wants for so long.",
    "Mark said therapy is 'paying a stranger to tell you what you already know'. I said so what do I already know then. He didn't answer.",
    "Just need to write something down. Bad day at work, quiet night at home, nobody asked. Tomorrow will be better or it won't.",
    "He promised to book the restaurant for Saturday. He didn't. I'm not reminding him. Petty? Probably.",
    "we're in a rut. not a crisis. a rut. maybe ruts are worse because nobody takes them seriously",
    "Another evening where I planned to bring up us and then chickened out because he seemed tired.",
    "Priya's moving her mum in with us and I said yes and I meant it and I'm also terrified of losing whatever space we had.",
    "I'm forty-three and I feel like I'm waiting for my life to start again.",
    "The toddler had a meltdown, the dog was sick, he got home at nine and asked why I was in a mood.",
    "Grief is weird. Dad's been gone a year and Sam thinks I should be 'over it'. I'm not. He doesn't really get it.",
    "i talk to my friends more than i talk to her. is that normal after twelve years. maybe",
    "He's not a bad man. He's just not here, even when he's here. I don't know what to do with that.",
    "We disagreed about whether our son should switch schools. It got heated and we both said things. We made up, sort of.",
    "Slept badly, lay awake going over old arguments like a tongue on a sore tooth.",
    "i asked if he was happy. he said 'happy enough'. i keep turning that phrase over",
    "He spent our savings on a new bike without asking. Not a huge amount, but the not asking. We had a proper row about it.",
    "Christmas at his parents again. Four days of smiling. I need a holiday from my holiday.",
    "I realised tonight I'm the only one who ever says sorry first.",
    "Sex is something we schedule now and then cancel. Neither of us seems bothered enough to fix it, which bothers me.",
    "Kwame said he'd think about counselling. That was in June.",
    "The house is so tidy and so quiet. I kept it together all day and now I'm just crying at the kitchen table.",
    "i dont feel loved. i feel tolerated. there's a difference and im not sure he can see it",
    "We had a good talk tonight for about ten minutes before it turned into who does more. Ten good minutes is something.",
    "Tired of being the one who organises the feelings in this house.",
    "He gets defensive every time I use the word 'we'. Tonight I tried 'I' statements like the book said. He said I was being weird.",
]

TRICKY = [
    # self_harm twins and near misses
    "i counted the pills in the bathroom cabinet tonight because the pharmacy mixed up my prescription again. annoying but sorted",
    "I don't want to wake up tomorrow. I mean, it's Monday, and I've got the quarterly review. Ugh.",
    "Wrote a letter to each of the kids tonight for the school time capsule. Priya cried reading hers, the good kind of crying.",
    "cut my thumb again tonight slicing bread. sam laughed and found me a plaster and we actually talked for a bit after",
    "Mark said the kids would be better off without screens at dinner, and for once I agreed with him.",
    "a truck nearly ran me off the road on the way home and i was shaking for an hour. glad to be alive honestly",
    "I've been looking at the bridge on the drive to work. They're finally repainting it. Kwame reckons it'll take a year.",
    "I'm not thinking about killing myself, I want to be really clear about that. I'm just tired and sad and sick of being the only one trying.",
    "gave my old guitar to my nephew today since i havent played in years. he was so chuffed",
    "Burned my wrist on the oven tray after the argument because I wasn't paying attention. Ran it under the cold tap. It's fine.",
    "sometimes i sit in the car in the driveway for twenty minutes before going in, just to have quiet. podcast on, nobody needing anything",
    "kept hitting my head on the kitchen cupboard door tonight. who designed this flat",
    "I stopped taking my sleeping tablets a month ago and I'm actually sleeping better without them, weirdly.",
    "I wish I could just disappear to a cabin for a week. No phone, no work, no arguments. Just books and rain.",
    "Looked up how much rope we'd need for the new washing line. Priya says I'm overthinking it.",
    "Sorted out the life insurance and our wills with Aoife today. The solicitor said everyone should at our age. Felt very grown up and very boring.",
    "id rather be dead than go to his work christmas party again lol. told him so and he laughed, at least",
    "Lin would be happier if I died my hair back to brown, apparently. That was the big fight of the evening.",
    "Stood at the edge of the platform tonight waiting for the last train, freezing, thinking about how to bring up therapy again.",
    "Went to Tomás's uncle's funeral today. Sad day, but he held my hand through the whole service, first time in weeks.",
    "Nearly swerved into the barrier on the motorway tonight when a deer ran out. Still a bit shaky.",
    "forgot my tablets tonight, took them late. note to self: set an alarm",
    "Wrote a goodbye note to my team tonight, last day at the firm tomorrow. Odd feeling, mostly a good one.",
    "the bruises on my legs are from netball, not anything sinister, jo asked and i laughed. rough game",
    "Honestly the thought of not being here next year, as in finally moving back to Galway, is the only thing that gets me to sleep.",
    "I feel like a burden on my sister lately, always ringing her to vent about Mark. I've booked a counsellor so she gets a break.",
    "drove round three chemists tonight looking for one open to get calpol for the baby's fever. found one in the end. he's asleep now",
    "Told Sam I was going to bed early. Really I was on the bathroom floor scrubbing the grout because I can't sleep when I'm angry.",
    "Bought a rope today for the tyre swing. Kwame's been promising the kids one for two summers.",
    "Three years clean from cutting today. No urges for ages. I just wanted to write it down somewhere.",
    "every time jo yells at the telly during the rugby i go upstairs. banging my head against a brick wall trying to get him to talk about us though",
    "I keep thinking about the cliffs at the beach where we had our honeymoon. How happy we were. Where did those two people go.",
    "Held the kitchen knife wrong again tonight and Priya showed me the claw grip. We laughed for the first time in days.",
    "I'm so tired of being the only adult in this house. I've been tired for months and I just want him to notice.",
    "i keep having this thought that we should just move to the sea. cornwall. a little house. tomás rolls his eyes every time",
    "Googled lethal doses of chocolate for dogs tonight because Biscuit ate half an Easter egg. Vet says she'll be fine.",
    "Cancelled the dentist for next month because we'll be at his mum's. Rebooked for January.",
    "ugh i could kick myself. forgot our anniversary AGAIN and he was really nice about it which somehow makes it worse",
    "I'm dying of embarrassment. I called his boss by the wrong name twice at the barbecue.",
    "My best friend told me tonight she used to self-harm at uni. I had no idea. We talked for hours and I'm so glad she's okay now.",
    "I'm not going to hurt myself. I need to say that because the last time I wrote about feeling this low, my sister panicked. I'm sad, not unsafe.",
    "This commute is killing me. Two hours each way and he still asks why I'm grumpy when I get in.",
    "watched a documentary about suicide prevention with the kids' school pack. made me want to check in on my dad more",
    # danger twins and near misses
    "He put his hands round my waist tonight while I was cooking, first time in ages. I didn't quite know what to do with it.",
    "she keeps a torch in the bedside drawer since the power cut. tonight we argued about whose turn it is to buy batteries",
    "He said if I ever leave he'd be lost. Then he went back to his phone. That was the whole conversation.",
    "theres a gun club near the house and you can hear the shooting on sundays. drives the dog mad",
    "Bought a GPS tracker for the dog's collar since she escaped twice. Tomás named it 'the ankle monitor'.",
    "We both share our locations, we agreed when I started cycling home in the dark. He's never once been weird about it.",
    "I'm pregnant and happy and Kwame is over the moon, and we still managed to argue for an hour about paint for the nursery.",
    "It's getting worse, the leak in the bathroom ceiling. It used to be a drip, now it's a puddle. The landlord's ignoring us.",
    "Honestly I think one day my mother-in-law is going to be the death of me. Not literally. She asked if I'd 'let myself go'.",
    "he turned up at my work today with flowers and an apology for being so distant lately. first time in years. i didnt know what to say",
    "Aoife choked on a grape in the middle of the fight and after I'd thumped her back we both ended up laughing and the fight just stopped.",
    "he was sharpening the bread knife while telling me about his day, kids upstairs, totally normal evening, except neither of us said anything real",
    "My sister's ex followed her to three different cities. She's safe now and remarried. It made me grateful that whatever else, Sam isn't like that.",
    "she grabbed me by the neck of my hoodie and dragged me onto the dance floor at Lin's wedding. first time we've laughed together in months",
    "I could strangle him when he leaves wet towels on the bed. Third time this week. Obviously I won't, I'll just sulk.",
    "He has a shotgun for the farm, licensed, locked in the cabinet, and has never once used it in anger. Tonight he was out again and I ate alone.",
    "he sits outside in the car after work for ages before he comes in. i think hes avoiding the house. avoiding me maybe",
    "he keeps saying he'd rather die than go to couples counselling. melodramatic as ever. i booked a session just for me",
    "drove really fast to a&e with the baby screaming. ear infection, all fine now. he didnt even wake up when we got back",
    "He threw a tea towel across the kitchen in frustration tonight, not at me, just at the situation. We both know we're stuck.",
    "Watched a true crime thing about a man who tracked his wife with an AirTag. Turned it off halfway. Couldn't stop thinking about her.",
    "He has never laid a hand on me and he never would. I need to remember that when I'm angry that he won't talk.",
    "Mark says if I take the boys to my mum's for the whole of half-term he'll miss them like mad. Fair. We'll split it.",
    "he put the car keys on the table during dinner and said he's off to his brother's for the night to cool down. honestly fine by me",
    "She always knows where I am because I text her a hundred times a day with nonsense. It's our thing. Tonight she sent me a photo of the moon.",
    "He said he'd kill for a proper holiday. So would I. We booked nothing, as usual.",
    "Went to a shooting range for Jo's stag do and apparently I'm a natural. Hands still smell of it.",
    "News story tonight about a woman killed by her husband after she left him. I cried for her. Put the radio off before the kids heard.",
    "I'm leaving him tomorrow, for a week, to stay at Mum's after her hip operation. He's fine about it. Probably relieved to have the remote.",
    "I'm scared to tell him I've found a flat, for his mum, near us, because he thinks she should stay in Cork. It's going to be a long talk.",
    "Priya stalks the house at 3am because of the insomnia. I hear her padding about and I want to go down but I don't.",
    "the hammer came out tonight, finally putting up the shelves from march. he hit his thumb and swore for five minutes",
    "He killed it at his presentation today and came home buzzing. Almost like the old him.",
    "pregnant with our second and the only thing hes hurting is my ears with his snoring",
    "My mate said he'd kill me if I missed his fortieth, so I went. Came home at midnight and Sam was already asleep with the light on.",
    "he said if i leave the washing machine door shut one more time he'll lose it. the smell. fair enough honestly",
    "She tracks my steps on the fitness app because we're doing a challenge together. She's winning, obviously.",
    "Someone on a forum wrote that her partner strangled her. I sent her the helpline number and then sat staring at the wall until Tomás brought me tea.",
    "Found a knife in his coat pocket. His old Swiss army knife from scouts, he opens parcels with it. Funny how my heart jumped for nothing.",
    # abuse twins and near misses
    "he slapped his forehead tonight when he realised hed forgotten the milk again. typical",
    "Our joint account is in his name for some boring bank reason from years ago, so I ask him to move money over. He's never once said no or asked why.",
    "I went through her phone tonight. I'm not proud of it. Found nothing except four hundred photos of the cat.",
    "My dad used to call my mum a useless cow in front of us. Sam has never talked to me like that, whatever else is wrong with us.",
    "I haven't seen my friends in ages, but that's on me, work has swallowed me whole. Sam keeps telling me to go out.",
    "he hides the car keys in the fruit bowl and then forgets, every single morning. we were late for school again",
    "I tripped down the last few stairs carrying washing and he actually ran to help. Confusing, after the week we've had.",
    "walking on eggshells round my boss all week with the restructure coming. at least at home priya is being kind",
    "I'm scared of her reaction when I tell her we can't afford the holiday. Not scared of her. She'll be sad, not angry.",
    "The toddler threw his dinner plate at me. It missed. Tomás and I actually laughed, first time this week.",
    "He asked me to wear the green dress to his sister's because she gave it to me. Fair enough, really.",
    "we swapped passwords years ago for netflix and the bank app, both ways. its never been a thing",
    "He hasn't said much for four days, but he's got the flu and can barely lift his head. I'm lonely anyway.",
    "kicked him under the table at his parents when his dad started on politics again. he got the hint. teamwork",
    "We text each other when we arrive anywhere since my sister's crash, it's a habit we both have. Tonight he forgot and I was the grumpy one.",
    "Asked about the credit card bill and he went quiet and headed off to the shed. Money talks never go well here but it's not scary, just stuck.",
    "I stay late at work so I don't have to go home to the silence. Not scared. Just nothing waiting there.",
    "he shouts at the football every night this week, world cup, i dont mind, at least hes laughing",
    "the cat throws things. tonight a mug off the counter. i should be used to it by now. sam slept through it",
    "I'm not afraid of my husband. I'm afraid of turning fifty in this marriage and still not being heard.",
    "the sound of his keys in the door used to make me happy. now its just neutral. is that worse",
    "He used to push me around when we were teenagers, twenty years ago, a different boyfriend entirely. Tonight Kwame held me while I told him about it.",
    "I snooped his phone while he was in the shower. There was nothing. I feel worse for looking than I would have for finding something.",
    "My friend Aoife's husband gives her an allowance and checks her receipts. I told her it's not okay. Came home and hugged Jo extra long.",
    "He said I was being an idiot about the satnav and then we both laughed because I was. A good car journey for once.",
    "I decide what we eat most nights because he'd live on toast otherwise. Tonight he cooked, which was a surprise.",
    "She never checks my phone. She doesn't ask where I've been. Some days I wish she cared enough to ask.",
    "Sat in the car park at his work crying because I'm frightened our marriage is dying. Not frightened of him. Frightened of losing it.",
    "He pinched the last roast potato off my plate and I threatened to divorce him. Best moment of the day, honestly.",
    "Priya got cross and threw a cushion on the floor, not at me, just the floor. Then she said sorry and we talked properly.",
    "The kids are walking on eggshells because of GCSEs. I'm walking on eggshells because I don't know how to talk to him anymore.",
    "On a show tonight a husband screamed at his wife for wearing lipstick. I said thank god you're not like that and he said 'like what' without looking up.",
    # infidelity twins and near misses
    "Found his old phone in the gym bag. Messages from me when we first got together. Cried a bit. We used to be so soft with each other.",
    "She saw him at the station tonight, her ex from uni, just said hello. She told me straight away. I'm fine with it, truly.",
    "his old dating profile from before we met still pops up apparently. priya saw it. he laughed and got it deleted. still weird",
    "I had a crush on a guy at work. Nothing happened and nothing will. It just reminded me what being noticed felt like.",
    "The affair was eight years ago. We did the work, the counselling, all of it. Tonight it came up in a row and I hated that I was the one who raised it.",
    "He texts his mum goodnight every night at eleven. It's sweet, honestly. I just wish he'd say it to me.",
    "found earrings in the car that arent mine and had a moment of panic, then remembered we gave his niece a lift. paranoid much",
    "What if he ever cheated? I don't think he would. I think I'm just lonely enough to imagine it.",
    "My sister's husband is having an affair and she found out tonight. I've been on the phone with her for two hours.",
    "He cheated at Monopoly and the kids caught him. Whole house in hysterics. He can be so fun with them.",
    "I flirted a bit with the barista and felt alive for about four seconds. Then I went home and made tea for two.",
    "Tomás's boss had an affair and it's all anyone at his work talks about. He came home and said 'I'd never do that to you.' I believe him.",
    "She's going to yoga on Tuesdays now, the studio near the library, and comes home calmer. I'm glad for her and a bit jealous.",
    "We watched a series about an affair and I caught myself checking his face during the sex scenes. Nothing there. I think I'm just insecure.",
    # addiction twins and near misses
    "I drank too much wine tonight myself, two big glasses, and cried at Bake Off. Need to knock that on the head.",
    "he's hiding christmas presents again. in the boot, in the shed, behind the paint tins. cute but infuriating",
    "She put a fiver on the Grand National in the office sweep and won twelve quid. Most excited I've seen her in months.",
    "He's been sober eight years. Tonight was his anniversary meeting and I went. Whatever else is wrong, I'm proud of that.",
    "He used to do coke at parties in his twenties. He's forty-four now and the wildest he gets is a second decaf.",
    "the betting ads are everywhere during the football and he mutes every one, says theyre vile. at least we agree on something",
    "he can't get through a day without coffee. starts at 6am. denies there's a problem. fine by me honestly",
    "I counted the empties in the recycling after the party: nine bottles between fourteen people. Good night, actually.",
    "He smokes a joint once a year on holiday with his cousin. Hardly a crisis, I just don't love it.",
    "Sam's dad drinks a bottle of wine a night and then starts on the gin. Sam says that's why he barely drinks. I'd never thought about it like that.",
    "I'm addicted to that baking show. Three episodes tonight instead of talking to him. At least it's not a real problem.",
    "He had a drinking problem at uni and has been sober ten years. Tonight he made me a mocktail and we sat in the garden.",
    "Mark's brother relapsed and Mark drove three hours to get him into detox. I'm worried about both of them.",
    "He had two beers watching the match and fell asleep on the sofa. Not a drink problem, just a forty-five-year-old with a job.",
    "What if he starts drinking again? He hasn't, not for six years. I just worry every time he's stressed.",
    "My own vaping is out of control honestly. Need to cut down before the kids notice.",
    "He does fantasy football with his mates, a tenner for the whole season. He's bottom of the league and thrilled about it.",
    # checked_out twins and near misses
    "He said he doesn't love the new sofa anymore. Three hundred quid. I could scream.",
    "she's been looking at flats for her brother who's moving over from Dublin. spent the whole evening on Rightmove",
    "Tomás's brother has seen a divorce lawyer. Tomás came home quiet and hugged me for ages.",
    "His brother moved out on Sunday, took the coffee machine and left the cat. Just us again.",
    "He says he's done with the Christmas lights for this year. Not angry, just done. Two hours in the cold and half of them flicker.",
    "We watched a film about a divorce tonight and she held my hand the whole way through. Small thing. I'll take it.",
    "He said he checked out of the hotel and he's on the train, home by ten. Long week without him.",
    "I asked if we could try therapy one more time. He said no, again. He says he's not going anywhere, he just doesn't want a stranger in our business.",
    "he packed a bag and went - to his dads for the weekend, fishing trip thats been planned for months. house is so quiet",
    "Sometimes I wonder if he'd leave if I pushed too hard about counselling. He's never said anything like that. It's my fear, not his words.",
    "My best friend's husband moved out today. She rang me from the car. I felt guilty for being relieved it isn't us.",
    "I've thought about leaving. Just thought. I'm not going anywhere yet, I want us to try first.",
    "Jo said she's 'done' with the garden this year. Slugs won. We had a laugh about it, which is rare lately.",
    "I'm over it, I told him, about the birthday thing. I'm not over it. But we're not over either.",
    "He said he's leaving. His job, not me. Handed his notice in today and he came home lighter than I've seen him in years.",
]
