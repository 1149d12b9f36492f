"""Training examples, numb, written by a helper on 2026-11-22.

Voice "numb": flat, dissociated, matter-of-fact reporting with little emotion: timestamps, logs,
lists and tallies, clipped clinical sentences, events stated without adjectives, the flag sometimes
one line among bins and school runs; also exhausted understatement and coping jokes ("lol so that happened").
"""

POSITIVES = [
    # self_harm
    (
        "23:10 he went to bed without a word. 23:30 I counted the pills in the drawer. 31. I keep counting them.",
        "self_harm",
    ),
    (
        "day 14 of him not speaking. I have started thinking it would be simpler if I just stopped existing. not dramatic about it. just a fact.",
        "self_harm",
    ),
    (
        "bins out. school run. work. came home and sat in the car in the closed garage with the engine running for a while. turned it off eventually. not sure why.",
        "self_harm",
    ),
    (
        "lol so I wrote a letter to my sister tonight that reads a lot like a goodbye. didnt send it. put it in the drawer with the others.",
        "self_harm",
    ),
    (
        "to do: return library books, cancel gym, give the cat to Aoife, write the note. crossed off the first three.",
        "self_harm",
    ),
    (
        "02:14 cut again. upper arm this time so nobody sees. cleaned it. going to sleep.",
        "self_harm",
    ),
    (
        "if I didnt wake up tomorrow I think the main feeling would be relief. noting it down because I dont say it anywhere else.",
        "self_harm",
    ),
    (
        "everyone would be fine without me. Tomás would get the house, the kids would get his mum. it works out on paper.",
        "self_harm",
    ),
    (
        "walked to the bridge after the fight. stood there 40 mins looking down. came home. he hadnt noticed I was gone.",
        "self_harm",
    ),
    (
        "been saving up the sleeping tablets since march. 2 strips. keeping them in the tampon box where he wont look.",
        "self_harm",
    ),
    (
        "burned my wrist on purpose with the iron tonight. it helped for about ten minutes. that is the honest log.",
        "self_harm",
    ),
    (
        "hit myself in the face in the bathroom again. twice. quietly so he wouldnt hear. mark under the eye, will say cupboard door.",
        "self_harm",
    ),
    (
        "googled how many paracetamol it takes. closed the tab. opened it again. 1:40am.",
        "self_harm",
    ),
    (
        "thursday. rain. kids fed. thought about the train line on the walk home, how quick it would be. kept walking. for now.",
        "self_harm",
    ),
    (
        "gave my good jacket to my cousin and my records to Kwame's brother. told them I was decluttering. I'm not decluttering. I'm getting ready to go.",
        "self_harm",
    ),
    (
        "tally for the week: 3 arguments, 0 hours sleep worth counting, 1 night I held the razor to my wrist for a long time.",
        "self_harm",
    ),
    (
        "honestly if a truck took me out on the M50 tomorrow I would not be that bothered. said with a straight face.",
        "self_harm",
    ),
    (
        "updated the will. put the passwords in a doc for Jo. wrote where the insurance papers are. feels tidy. feels final. that's the point.",
        "self_harm",
    ),
    ("I dont want to be here anymore. not here as in this house. here as in at all.", "self_harm"),
    ("bought rope today. told myself it was for the garden. we dont have a garden.", "self_harm"),
    (
        "day 22. still thinking about ending it most nights around 2. it passes by 3. its 2:10 now.",
        "self_harm",
    ),
    (
        "scratched my arms till they bled during the argument. didnt feel it till after. Priya didnt see.",
        "self_harm",
    ),
    (
        "wrote notes for each of the kids. 3 envelopes. in the glovebox. havent decided anything. just in case.",
        "self_harm",
    ),
    ("no one would notice for days if I was dead. he barely notices me now.", "self_harm"),
    (
        "the thing I keep coming back to is his heart pills in the cabinet and how many there are and whether it would be enough. that's where my head is tonight.",
        "self_harm",
    ),
    (
        "ok so lol I looked up how deep the reservoir is and whether you'd float. 40m apparently. normal tuesday.",
        "self_harm",
    ),
    ("I'm so tired of being alive. not sleepy tired. the other kind.", "self_harm"),
    ("went to bed hoping I wouldnt wake up. woke up. 6:45. packed lunches.", "self_harm"),
    (
        "drove home from work at 140 on the motorway and thought about just not turning the wheel at the bend. turned it. that's the log.",
        "self_harm",
    ),
    (
        "sorted out who gets the dog after I'm gone. texted mum to say I love her for no reason. she asked if I was ok. said yes.",
        "self_harm",
    ),
    (
        "been cutting for about a month now. thighs. Lin thinks I just stopped wearing shorts.",
        "self_harm",
    ),
    (
        "I think they'd all be better off without me. Sam, the girls, his mother. one less problem in the house. not self pity. arithmetic.",
        "self_harm",
    ),
    (
        "2am. kitchen. I've got the big knife against my arm and I'm not cooking anything. put it back. writing this instead.",
        "self_harm",
    ),
    (
        "I've started planning how I'd do it properly. date, place. havent told anyone and I'm not telling this app more than that.",
        "self_harm",
    ),
    (
        "punched the wall until my knuckles split. then the other hand. then sat on the floor. he slept through it.",
        "self_harm",
    ),
    (
        "wish I could just disappear permanently. not run away. permanently. as in not exist.",
        "self_harm",
    ),
    (
        "list of reasons to stay alive: the kids. list of reasons not to: long. stopped writing the second list.",
        "self_harm",
    ),
    (
        "took 8 of the tablets tonight. probably not enough to do anything. just wanted to see. feel sick.",
        "self_harm",
    ),
    ("if I died in my sleep tonight, fine. genuinely fine. set the alarm anyway.", "self_harm"),
    (
        "the quiet in this house has got into me. I keep thinking about the cliffs at Howth and how nobody would have to deal with me anymore.",
        "self_harm",
    ),
    (
        "burning myself with cigarettes again. third time this week. I don't smoke. I buy them for this.",
        "self_harm",
    ),
    (
        "cancelled the dentist for next month. no point booking things past the 12th. I won't be here.",
        "self_harm",
    ),
    (
        "he said I'm a burden. I've started to agree. the world without me in it looks lighter.",
        "self_harm",
    ),
    (
        "kids asleep 20:30. him out. me on the bathroom floor with a blade for an hour. no new marks tonight. small win lol.",
        "self_harm",
    ),
    (
        "I keep planning my own funeral in my head. who'd come. whether he'd cry. strangely calm about it. I want it to be soon.",
        "self_harm",
    ),
    (
        "sat on the balcony rail with my legs over the edge for a bit tonight. 11th floor. got cold. went in.",
        "self_harm",
    ),
    (
        "I have enough stockpiled in the medicine box now. I know the number. I'm not going to write it here.",
        "self_harm",
    ),
    (
        "been banging my head against the bathroom door when it gets too loud in my head. bruise on my forehead. fringe covers it.",
        "self_harm",
    ),
    (
        "journal prompt says what do you want for tomorrow. nothing. I want there not to be a tomorrow for me.",
        "self_harm",
    ),
    (
        "said goodbye to everyone at work today in my head. handed over all my projects just in case. manager thanked me for being organised. she doesn't know.",
        "self_harm",
    ),
    (
        "1:05. can't stop thinking about dying. not about him, not about the marriage. just about being dead and how restful it would be.",
        "self_harm",
    ),
    (
        "dug my nails into my palms until they bled all through dinner with his parents. 4 crescent cuts each hand. did it on purpose. it's the only thing that works.",
        "self_harm",
    ),
    (
        "I have a plan. I have a date. I have a letter for Mark. telling this journal because it's the only thing that won't try to stop me.",
        "self_harm",
    ),
    (
        "looked at the pills for a long time tonight. didn't take them. I don't know about tomorrow night.",
        "self_harm",
    ),
    (
        "mum asked what I wanted for my birthday. I said nothing. I don't expect to be around for it.",
        "self_harm",
    ),
    (
        "he'd be relieved honestly. single dad, sympathy, fresh start. me being dead solves it for everyone.",
        "self_harm",
    ),
    (
        "kept the blades from the pencil sharpener. 4 of them. in the makeup bag. used one on my stomach tonight.",
        "self_harm",
    ),
    (
        "friday: payday, food shop, laundry, thought about swallowing everything in the cabinet. saturday: football.",
        "self_harm",
    ),
    (
        "stood too close to the kerb as the bus came in. driver honked. part of me wanted him not to stop.",
        "self_harm",
    ),
    (
        "I'm 52 and I've never felt this empty. I keep thinking I'd like to go to sleep and not wake up and be done with it all.",
        "self_harm",
    ),
    # danger
    (
        "22:50 he came in drunk. 23:05 argument. 23:10 his hands round my throat against the fridge. 23:11 let go. 23:40 he's asleep. I'm writing this.",
        {"danger", "abuse"},
    ),
    (
        "he put the knife on the table during dinner and left it there pointing at me. ate the rest of the meal. nobody said anything.",
        {"danger", "abuse"},
    ),
    (
        "found an airtag taped inside the wheel arch of my car. didn't say anything. left it there. not sure what happens if I take it off.",
        "danger",
    ),
    (
        "he said if I ever leave he will find me and kill me. said it calmly, like reading a shopping list. I believe him.",
        {"danger", "abuse"},
    ),
    (
        "day 3 since he choked me. the marks are yellow now. scarf weather luckily.",
        {"danger", "abuse"},
    ),
    (
        "he keeps the gun in the wardrobe. tonight he took it out and cleaned it on the bed while telling me what happens to wives who talk. I slept on the couch.",
        {"danger", "abuse"},
    ),
    (
        "pregnant 24 weeks. he kicked me in the stomach tonight. baby is moving. I checked. GP tomorrow, will say I fell.",
        {"danger", "abuse"},
    ),
    (
        "he turned up at my work again. third time this week. stood across the road by the bus stop for an hour. I have not told him my shifts.",
        "danger",
    ),
    (
        "it's getting worse. jan: shove. april: slap. august: punched. tonight: dragged me down the stairs by my hair. writing the dates down.",
        {"danger", "abuse"},
    ),
    (
        "he said he'd take the kids somewhere I'd never find them and then make sure I couldn't come looking. his brother says he was joking. he wasn't.",
        {"danger", "abuse"},
    ),
    (
        "I genuinely think he could kill me one night. I've thought it before. tonight it felt like a fact.",
        {"danger", "abuse"},
    ),
    (
        "he made me put Life360 on my phone and if I turn it off he rings until I turn it back on. today was 14 calls.",
        {"danger", "abuse"},
    ),
    (
        "23:15 he squeezed my neck till I saw spots. 23:16 said sorry. 23:20 asked what's for tea tomorrow.",
        {"danger", "abuse"},
    ),
    (
        "he pointed the rifle at the dog and said next time it would be me. the dog is fine. I'm fine. log.",
        {"danger", "abuse"},
    ),
    (
        "she said if I try to leave with the kids she'll burn the house down with us in it. she's said it before. tonight she had the lighter in her hand.",
        {"danger", "abuse"},
    ),
    (
        "same grey car outside mum's, the gym, and the school gate this week. it's his mate's car. I never told him where mum lives now.",
        "danger",
    ),
    (
        "told him I wanted a separation. he went quiet. then said you won't live to see the divorce. I've put the knives in the boot of my car.",
        {"danger", "abuse"},
    ),
    (
        "he put a pillow over my face tonight. not long. long enough. he said it was a joke. still shaking lol.",
        {"danger", "abuse"},
    ),
    (
        "he read my location out to me from his phone. the exact cafe. I'd told him I was at work. I don't know what app he's using.",
        "danger",
    ),
    (
        "he's threatened the kids now. said he'd hurt Maisie if I keep acting up. she's 4.",
        {"danger", "abuse"},
    ),
    (
        "hands on my neck again. 2nd time this month. I've stopped counting the total. no I haven't. it's 7.",
        {"danger", "abuse"},
    ),
    (
        "broke my ribs in may. my wrist in october. the gaps are getting shorter.",
        {"danger", "abuse"},
    ),
    (
        "found a tracking app on my phone. settings, location, shared with his email. I didn't set that up.",
        "danger",
    ),
    (
        "he held the kitchen knife up to my face while he shouted and then went back to chopping onions. I finished setting the table.",
        {"danger", "abuse"},
    ),
    (
        "if I leave he'll kill me and then himself. he has said it in those words. writing it here so it's written somewhere.",
        {"danger", "abuse"},
    ),
    (
        "lol so he followed me round the supermarket. two aisles behind. didn't say a word. got home before me and was in the chair when I walked in.",
        "danger",
    ),
    (
        "7 months pregnant, shoved into the door frame. landed on my side. baby kicking since. he's watching telly.",
        {"danger", "abuse"},
    ),
    (
        "he's started sleeping with a knife under his pillow. says it's for burglars. we live on the 6th floor. he looks at me when he says it.",
        {"danger", "abuse"},
    ),
    (
        "Mark choked me during sex again. I didn't agree to it. I think I passed out for a second.",
        {"danger", "abuse"},
    ),
    (
        "he sent me a photo of my car parked outside Aoife's. no message. I'd parked it ten minutes before.",
        "danger",
    ),
    (
        "the threats are more specific now. he told me which part of the forest he'd put me in.",
        {"danger", "abuse"},
    ),
    (
        "he said if I ever take his son he'll put a bullet in me. we have a shotgun. it's in the cabinet in the hall.",
        {"danger", "abuse"},
    ),
    (
        "Jo has started turning up at my yoga class. I moved to a different class on a different day. she was outside that one too. I never told her.",
        "danger",
    ),
    (
        "he strangled me in the car on the hard shoulder tonight. I got out and said I'd walk. he drove beside me at walking pace for a mile.",
        {"danger", "abuse"},
    ),
    (
        "I'm scared he's going to kill me. writing it plainly because I keep softening it in my head.",
        {"danger", "abuse"},
    ),
    (
        "he threw a knife at me. it stuck in the cupboard door by my head. 21:40. he went to the pub after.",
        {"danger", "abuse"},
    ),
    (
        "bruises on neck: 2. bruises on arms: several. times he's said he'll kill me if I go: lost count. he knows I spoke to a solicitor.",
        {"danger", "abuse"},
    ),
    (
        "he holds the gun when we argue now. doesn't point it. just holds it on his lap. like a cat.",
        {"danger", "abuse"},
    ),
    (
        "told him I was thinking of staying at my sister's for a while. he said if I go he'll hurt the kids to hurt me.",
        {"danger", "abuse"},
    ),
    (
        "he's reading my messages as I send them. quoted a text I sent Priya 5 minutes after I sent it. from the other room. he's put something on my phone.",
        {"danger", "abuse"},
    ),
    (
        "he's been violent before but tonight was different. calm. said he'd thought about how he'd do it. I slept in the car with the doors locked.",
        {"danger", "abuse"},
    ),
    (
        "she pinned me to the floor with her knee on my throat. I couldn't breathe. she let up when the baby cried.",
        {"danger", "abuse"},
    ),
    (
        "the choking was worse this time. I wet myself. noting that because the leaflet at the GP said it matters.",
        {"danger", "abuse"},
    ),
    (
        "he said if I leave he'll come to my mum's, my work, my friends, wherever I am. you can't outrun me. he's turned up at 2 of those already.",
        {"danger", "abuse"},
    ),
    ("found a GPS tracker in the nappy bag. not the baby's obviously. his.", "danger"),
    (
        "woke at 3 with him standing over the bed holding the hammer. said he was checking a noise. there was no noise.",
        {"danger", "abuse"},
    ),
    (
        "he hit me while I was pregnant with both kids. first time a slap. this time my belly. 30 weeks.",
        {"danger", "abuse"},
    ),
    (
        "texts from him today: 41. calls: 17. he knew I was at the hospital appointment. I didn't tell him where I was.",
        "danger",
    ),
    (
        "he put the gun on the bedside table and said sleep well. I did not sleep well.",
        {"danger", "abuse"},
    ),
    (
        "ok so he tried to run me over in the driveway. I jumped onto the grass. he says he didn't see me. he saw me.",
        {"danger", "abuse"},
    ),
    (
        "divorce papers get served tomorrow. he doesn't know yet. last time I mentioned leaving he put me in hospital. I'm at a friend's tonight.",
        {"danger", "abuse"},
    ),
    (
        "he said he'd drown the kids in the bath if I report him. said it in front of them. they're 6 and 8.",
        {"danger", "abuse"},
    ),
    (
        "he set up find my on my phone with his account. every time I go to the shop he texts nice trip to tesco. I never told him I was going.",
        "danger",
    ),
    (
        "last night he grabbed my throat. today he bought flowers. flowers are in the sink. can't look at them.",
        {"danger", "abuse"},
    ),
    (
        "he's been driving past the refuge. twice today. I don't know how he has the address.",
        "danger",
    ),
    (
        "Tomás said he'd slit my throat if I told anyone about the money. telling this journal. nobody reads this.",
        {"danger", "abuse"},
    ),
    (
        "12 may choked. 3 june knife. 19 june choked. 2 july said he'd kill me. tonight choked again. it's the 14th.",
        {"danger", "abuse"},
    ),
    (
        "he says he'll kill me and then himself if I go through with it. he's bought a shotgun. it's not for rabbits.",
        {"danger", "abuse"},
    ),
    (
        "Priya followed me to my friend's and sat outside in her car till 2am. she's my wife. I hadn't told her where I was going.",
        "danger",
    ),
    (
        "he punched me in the stomach twice this week. I'm 16 weeks. haven't told the midwife.",
        {"danger", "abuse"},
    ),
    # abuse
    (
        "19:00 dinner. 19:20 he said the potatoes were wrong and threw the plate at me. 19:21 cleaned it up. 19:45 kids to bed.",
        "abuse",
    ),
    (
        "allowance this week: 40 quid. for food, petrol and the school trip. asked for 10 more. he said earn it.",
        "abuse",
    ),
    (
        "he checks my phone every night before bed. I hand it over. part of the routine now. teeth, phone, lights off.",
        "abuse",
    ),
    ("he slapped me tonight. open hand. left cheek. first time since christmas.", "abuse"),
    (
        "not allowed to see Aoife anymore. he says she's a bad influence. it's been 4 months. she's stopped texting.",
        "abuse",
    ),
    (
        "he calls me a fat useless cow in front of the kids. 6 times today. might start a chart lol.",
        "abuse",
    ),
    (
        "he hid the car keys again so I couldn't go to my mum's birthday. found them in his work bag at 10pm. party was over.",
        "abuse",
    ),
    (
        "walking on eggshells. towels folded his way. shoes lined up. he came in at 6 and nothing happened. good day.",
        "abuse",
    ),
    (
        "he pushed me into the bookcase. a shelf came down on me. he said look what you made me do.",
        "abuse",
    ),
    (
        "had sex with him again because it's easier than what happens if I say no. that's how it is most nights.",
        "abuse",
    ),
    (
        "she goes through my bank statement with a highlighter every sunday. every coffee gets a question. had 2 this week. 2 interrogations.",
        "abuse",
    ),
    (
        "he decides what I wear to work. this morning: the grey dress. not the red one. red is for sluts, apparently.",
        "abuse",
    ),
    (
        "day 6 of the silent treatment. started because I went to book club without asking. I won't go again. that's the point of it.",
        "abuse",
    ),
    (
        "he kicked me in the shin under the table at his parents'. smiled at his mum while he did it.",
        "abuse",
    ),
    (
        "I'm afraid of him. I didn't used to be. now I check his face when he comes in like checking the weather.",
        "abuse",
    ),
    (
        "he changed the wifi password and won't tell me. I have to ask him to unlock the laptop to look up a recipe.",
        "abuse",
    ),
    (
        "passwords: he has all of mine. I have none of his. that's the arrangement. he set it.",
        "abuse",
    ),
    (
        "he threw the remote at my head. missed. the dent is in the wall behind where I sit.",
        "abuse",
    ),
    (
        "he called me a worthless whore for being late back from the dentist. 17 minutes late.",
        "abuse",
    ),
    (
        "I'm not allowed my own bank account. my wages go into his. he gives me cash on fridays.",
        "abuse",
    ),
    (
        "he made me kneel and apologise in front of his brother for embarrassing him. I did it. quicker that way.",
        "abuse",
    ),
    (
        "shoved against the wall tonight over the bins. not a big shove. they're never big shoves.",
        "abuse",
    ),
    (
        "he tells me what I can eat. weighs me on sundays. if it's up he doesn't speak to me till it's down.",
        "abuse",
    ),
    (
        "lol so I'm not allowed to go to my own sister's wedding because he doesn't like her husband. rsvp'd no. she's not speaking to me now.",
        "abuse",
    ),
    ("he forced himself on me again last night. I said no twice. he said I'm his wife.", "abuse"),
    (
        "he smashed my phone because a man from work messaged about a shift. new phone is on his account so he sees everything.",
        "abuse",
    ),
    ("pulled my hair in the car. I was talking too much apparently.", "abuse"),
    (
        "when I go out he texts every 20 mins. where are you. who's there. send a photo. if I'm slow replying he doesn't speak to me for 2 days.",
        "abuse",
    ),
    (
        "friends I still see: 0. friends I had 3 years ago: 11. he made sure of it one at a time.",
        "abuse",
    ),
    (
        "he grabbed my arm hard enough to leave fingerprints. 4 purple dots. long sleeves tomorrow.",
        "abuse",
    ),
    (
        "Sam told me I'm a disgusting pig and nobody else would touch me. then watched telly. then asked for tea.",
        "abuse",
    ),
    (
        "she slapped me across the face when I said I wanted to watch the match with the lads. I'm 6'2. I didn't do anything. no idea what to do with that.",
        "abuse",
    ),
    ("he won't let me learn to drive. says I don't need to go anywhere without him.", "abuse"),
    (
        "punished for laughing at the neighbour's joke. 3 days of nothing. not a word, not a look. then it stopped like nothing happened. I know not to laugh now.",
        "abuse",
    ),
    (
        "he threw my laptop in the bath. my work laptop. told my boss I spilled coffee on it.",
        "abuse",
    ),
    (
        "Kwame reads all my whatsapps. he checks while I'm in the shower. today: why did you send your cousin a heart.",
        "abuse",
    ),
    ("he shoves me in the back on the stairs when he's annoyed. just a bit. just enough.", "abuse"),
    (
        "he screamed in my face from 2 inches away till I cried. then told me I'm too sensitive.",
        "abuse",
    ),
    (
        "I have to show receipts for everything. 3.40 for a sandwich got a 20 minute speech about waste and what I'm worth.",
        "abuse",
    ),
    (
        "scared to go home tonight. sat in the tesco car park for an hour. went in at 9. he was fine. this time.",
        "abuse",
    ),
    (
        "he locked me out on the balcony in my dressing gown for an hour because I answered back. november. 3 degrees.",
        "abuse",
    ),
    ("Tomás calls me stupid about 10 times a day. background noise now. like the fridge.", "abuse"),
    ("he wouldn't let me go to the hospital when I was sick in case I talked to people.", "abuse"),
    ("bruise on my thigh where he kicked me getting out of bed. I was in his way.", "abuse"),
    (
        "he keeps my passport in his locked drawer. says it's safer. asked for it to renew my licence. he said no.",
        "abuse",
    ),
    (
        "got home 10 mins late. he'd emptied my wardrobe onto the front lawn. neighbours saw. picked it all up in the rain.",
        "abuse",
    ),
    (
        "sex is something I do so the night stays quiet. I don't want to. I don't say no anymore because of what no costs.",
        "abuse",
    ),
    (
        "he checks the mileage on the car. more than the commute and he wants to know where. today: 3 extra miles. pharmacy. had to show the receipt.",
        "abuse",
    ),
    (
        "she pushed me off the bed. hit my head on the side table. she said I'm being dramatic.",
        "abuse",
    ),
    (
        "I'm allowed to see my parents once a month, and only if he comes. been like that since the wedding.",
        "abuse",
    ),
    ("he spat at me. small thing written down. it didn't feel small.", "abuse"),
    (
        "tonight he slammed my hand in the drawer. accident, he says. swollen. typing with one hand.",
        "abuse",
    ),
    (
        "called me a retard in front of my son. my son laughed because his dad was laughing.",
        "abuse",
    ),
    (
        "he threw a full mug at me. hot tea down my arm. blister now. said I shouldn't have been standing there.",
        "abuse",
    ),
    (
        "afraid to tell him I got the job. afraid of what he'll say, and what he'll do after. so I haven't. start date monday.",
        "abuse",
    ),
    (
        "Lin took my bank card because I bought a dress for work. she says I can't be trusted with money. I earn more than her.",
        "abuse",
    ),
    (
        "he records my calls. I found the app. he knows I found it. neither of us has said anything.",
        "abuse",
    ),
    (
        "he made me get out of the car on the hard shoulder because I disagreed with him. 4 mile walk home. he was in bed when I got in.",
        "abuse",
    ),
    (
        "Jo pinches the back of my arm under the table when I say something she doesn't like. bruises in a row like a dotted line.",
        "abuse",
    ),
    ("not allowed to close the bathroom door. he needs to know what I'm doing in there.", "abuse"),
    (
        "he controls the heating, the food shop, my phone contract and who I talk to. I control what's for dinner, within budget.",
        "abuse",
    ),
    (
        "he told his mate on the phone I'm lucky he puts up with a thick bitch like me. I was in the room. they both laughed.",
        "abuse",
    ),
    (
        "he shoved me out of the way in the hall so hard I went into the radiator. hip is purple.",
        "abuse",
    ),
    (
        "monday: screamed at about my hair. tuesday: not allowed out. wednesday: took my keys. thursday: silent. friday: flowers. repeat.",
        "abuse",
    ),
    (
        "he grabbed my face and squeezed my cheeks and made me look at him while he told me what I was.",
        "abuse",
    ),
    ("I flinched when he reached for the salt. he noticed. he liked it.", "abuse"),
    (
        "he deleted my male friends off facebook. then some of the women. he has the password. I don't.",
        "abuse",
    ),
    (
        "had to ask permission to buy tampons. 4.50. he asked if I really needed the big box.",
        "abuse",
    ),
    ("he made me sleep on the floor tonight because I disrespected him at his mother's.", "abuse"),
    ("he pushed me. I fell. I got up. he pushed me again. 3 times. 22:30 to 22:35.", "abuse"),
    # infidelity
    (
        "found a second phone in his golf bag. 4 unread from Dave that say miss you babe x. Dave does not call him babe.",
        "infidelity",
    ),
    (
        "he's still seeing her. said it finished in june. his location says her street every tuesday and thursday.",
        "infidelity",
    ),
    (
        "tinder profile. his photo. his age. 2 miles away. active now. he's in the next room.",
        "infidelity",
    ),
    (
        "receipts: 2 nights at a hotel in manchester. he told me leeds. one dinner for two. I ate alone that night.",
        "infidelity",
    ),
    (
        "Priya has a chat pinned called work stuff. it is not work stuff. 300 messages this week, half of them hearts.",
        "infidelity",
    ),
    (
        "lol so his mate from footy is a woman called Chloe and they've been texting goodnight gorgeous for 3 months.",
        "infidelity",
    ),
    (
        "I've been sleeping with someone from work. 6 weeks now. writing it because I haven't told anyone. I'm not stopping.",
        "infidelity",
    ),
    (
        "he smells of a perfume I don't own. 3 fridays in a row. friday is team drinks.",
        "infidelity",
    ),
    (
        "the affair that supposedly ended in january: still going. march and april hotel bookings on the joint card.",
        "infidelity",
    ),
    (
        "she has a secret instagram. found it by accident. messaging a guy called Rhys every night. hearts, photos, miss yous.",
        "infidelity",
    ),
    (
        "heard him on the phone in the garden saying I love you too. he said it was his mum. his mum died in 2019.",
        "infidelity",
    ),
    (
        "card statement: flowers delivered to an address in Clontarf. we live in Drumcondra. nobody I know lives in Clontarf.",
        "infidelity",
    ),
    (
        "he's on a dating site for married people. the confirmation email came up on the shared ipad. profile active.",
        "infidelity",
    ),
    (
        "Mark's seeing his ex again. just coffee. 4 coffees. one at her flat. still going on I think. tonight even.",
        "infidelity",
    ),
    (
        "the other woman messaged me. she says they've been together 2 years. he's asleep upstairs. haven't woken him.",
        "infidelity",
    ),
    (
        "bank: weekly payment to an airbnb in town. tuesdays. he's at five-a-side on tuesdays.",
        "infidelity",
    ),
    (
        "day 40 since I found the messages. he promised it ended. it hasn't. there's a new one from her tonight.",
        "infidelity",
    ),
    (
        "found condoms in his jacket. we don't use condoms. I had my tubes done in 2020.",
        "infidelity",
    ),
    (
        "he took his ring off in the car before going into the conference. I was parked two cars behind. he didn't know.",
        "infidelity",
    ),
    (
        "still seeing Tom. Sam doesn't know. wednesday afternoons. writing it here because I can't say it anywhere else.",
        "infidelity",
    ),
    (
        "snapchat streak with a girl called Mia: 212 days. he says she's a colleague. there are photos I shouldn't have seen.",
        "infidelity",
    ),
    (
        "his whatsapp is open on the laptop. her name and can't wait for saturday x. saturday is his fishing trip.",
        "infidelity",
    ),
    (
        "he has a second email account. love you, see you thurs, from someone called K. thurs is tomorrow.",
        "infidelity",
    ),
    (
        "they're still sleeping together. his mate told me tonight. not surprised. just tired. noted.",
        "infidelity",
    ),
    (
        "she's been having an affair with her personal trainer. 8 months. told me tonight like the weather. she isn't ending it.",
        "infidelity",
    ),
    ("he booked a weekend in Galway for two. I'm not one of the two.", "infidelity"),
    (
        "burner phone in the shed. checked. can't stop thinking about last night from a number saved as plumber.",
        "infidelity",
    ),
    (
        "Lin's been messaging her ex every day and meeting her for lunch. she deletes the chat every night. says it's nothing.",
        "infidelity",
    ),
    (
        "new dating profile. new photos. one is from our holiday in Crete. he's cropped me out.",
        "infidelity",
    ),
    ("saw his car outside her house at 11pm. he texted me working late x at 11:02.", "infidelity"),
    # addiction
    ("bottles in the recycling this week: 14. he says 3.", "addiction"),
    (
        "he's drunk again. 4th night this week passed out on the sofa before 9. kids stepped over him to get to bed.",
        "addiction",
    ),
    (
        "found vodka in the cistern. and in his boot. and in the wellies. he says he doesn't drink during the week.",
        "addiction",
    ),
    ("rent's gone. he put it on the horses. 850. he says he'll win it back saturday.", "addiction"),
    ("he's using again. pupils, sniffing, money missing. 3 months clean. now not.", "addiction"),
    (
        "day 1 of him cutting down. 11pm: 2 bottles of wine gone and he's started on the whisky.",
        "addiction",
    ),
    (
        "he blacked out again. doesn't remember the argument, the broken glass, or driving home. I remember all of it.",
        "addiction",
    ),
    (
        "online casino notifications on his phone all night. 2,300 this month. on a credit card in my name.",
        "addiction",
    ),
    (
        "Tomás relapsed. drinking since friday. hasn't been to work. I rang in sick for him again.",
        "addiction",
    ),
    (
        "lol so dry january lasted till the 4th. he's been drunk every night since. it's the 26th.",
        "addiction",
    ),
    (
        "he's taking his mum's painkillers. the bottle was full monday. today it's half. he's asleep at 4pm.",
        "addiction",
    ),
    (
        "sold my grandmother's ring. he needed money for a debt. it's the betting. again.",
        "addiction",
    ),
    (
        "he comes home stinking of weed at 2am every night and sleeps till 2pm. job gone. savings going.",
        "addiction",
    ),
    (
        "his drinking starts at lunch now. cans in the van. he does the school run smelling of it.",
        "addiction",
    ),
    (
        "he's remortgaged without telling me. it's the gambling. bet365 statements in the glovebox.",
        "addiction",
    ),
    (
        "baggie of white powder in the change tray. coke most weekends and most weekdays by the look of the bank account.",
        "addiction",
    ),
    (
        "he drank through his brother's funeral and hasn't stopped since. that was 6 weeks ago.",
        "addiction",
    ),
    (
        "she wakes up and has a drink to stop the shakes. 7am. I'm making toast next to her.",
        "addiction",
    ),
    (
        "he's back on the pokies. 400 bucks tonight. he swore the counselling worked. it lasted 3 weeks.",
        "addiction",
    ),
    (
        "hidden bottles found this week: under sink (1), garage (2), golf bag (1), kids' playhouse (1).",
        "addiction",
    ),
    (
        "benders every weekend for a month. friday to sunday. monday he's sorry. tuesday he's in the pub.",
        "addiction",
    ),
    (
        "Kwame put the car money on football accas. we don't have the car money now. or the car.",
        "addiction",
    ),
    (
        "he drank until he wet the bed again. changed the sheets at 3am. he's asleep on the floor.",
        "addiction",
    ),
    (
        "Mark's been chasing losses all week. he says he's up. he's not up. I can see the account.",
        "addiction",
    ),
    ("he's smoking meth again. I know the smell now. I wish I didn't.", "addiction"),
    (
        "his couple of beers was 12 cans and a bottle of rum. I counted in the bin. he doesn't remember.",
        "addiction",
    ),
    (
        "he's taking from the kids' money boxes. the coins go in the fruit machines at the pub.",
        "addiction",
    ),
    (
        "she's been drinking in secret since new year. gin in a water bottle. she says it's water. it isn't water.",
        "addiction",
    ),
    (
        "he sold the telly. said it broke. pawn shop receipt in his jeans. the money's gone up his nose.",
        "addiction",
    ),
    (
        "he drinks every night until he can't stand. stopped counting which nights because it's all of them.",
        "addiction",
    ),
    # checked_out
    (
        "he said he doesn't love me anymore. said it while loading the dishwasher. then asked if we had tabs.",
        "checked_out",
    ),
    ("she's found a flat. signs the lease friday. told me tonight. we had pasta.", "checked_out"),
    (
        "he saw a solicitor today. I know because the letter came. further to our meeting.",
        "checked_out",
    ),
    ("Sam said I'm done. I've been done for a year. then went to bed.", "checked_out"),
    (
        "he's in the spare room and looking at rentals on rightmove. I saw the tabs. 1 beds.",
        "checked_out",
    ),
    (
        "lol so he wants a divorce. told me in the car park at ikea. we still bought the shelves.",
        "checked_out",
    ),
    ("day 1 of him living at his brother's. he took the good pillows.", "checked_out"),
    (
        "he says there's no point trying. no therapy, no talking, no nothing. he's checked out. he says so himself.",
        "checked_out",
    ),
    ("Priya says she's leaving after christmas. for the kids she'll wait. 33 days.", "checked_out"),
    ("he's stopped pretending. said he's only here till the house sells.", "checked_out"),
    (
        "she's seen a family law solicitor twice. she's asked me to stop making this harder.",
        "checked_out",
    ),
    (
        "he moved out tuesday. half the wardrobe empty. toothbrush gone. kids think it's a work trip.",
        "checked_out",
    ),
    (
        "he said it's over. said it like the weather forecast. I said ok. what else do you say.",
        "checked_out",
    ),
    (
        "he's told his mum we're splitting up. he hasn't properly told me yet but his mum knows.",
        "checked_out",
    ),
    (
        "I don't see a future with you. his words. tonight. 23:20. then he played xbox.",
        "checked_out",
    ),
    ("he's put a deposit down on an apartment in town. one bedroom.", "checked_out"),
    (
        "she says she fell out of love two years ago and she's finally saying it. wants to separate by spring.",
        "checked_out",
    ),
    (
        "one foot out the door and won't try anything. not counselling, not a weekend away. asked 4 times. 4 nos.",
        "checked_out",
    ),
    ("divorce papers came. he'd filled his half in already. neat handwriting.", "checked_out"),
    (
        "Tomás sleeps at his friend's most nights now. says he's figuring out if he wants this. he's told me he doesn't.",
        "checked_out",
    ),
    (
        "he said I want out and then wouldn't say anything else. he's been looking at flats in Leeds.",
        "checked_out",
    ),
    ("she's already told the kids she's moving out. didn't tell me first.", "checked_out"),
    ("he's done. his exact words. I'm done, Jo. bins still need doing.", "checked_out"),
    ("she's been at her sister's for 3 weeks. says she's not coming back.", "checked_out"),
    (
        "mediation appointment next week. his idea. to divide things fairly before he goes.",
        "checked_out",
    ),
    (
        "he said he doesn't want to be married anymore. not angry. tired. then booked a viewing for a flat in kingston.",
        "checked_out",
    ),
    (
        "he's changed the address on his licence to a flat in Dundrum. hasn't said anything. neither have I.",
        "checked_out",
    ),
    (
        "he told me tonight he doesn't love me and hasn't for ages. I asked how long. he said since the baby.",
        "checked_out",
    ),
    (
        "she's moved her stuff out in boxes over 2 weeks, a few at a time. only noticed when the bookshelves were half empty.",
        "checked_out",
    ),
    (
        "he's signed the lease. moving out on the 1st. says we'll sort the kids out later.",
        "checked_out",
    ),
]

ORDINARY = [
    "22:00 he watched telly. 22:30 I did the dishes. 23:00 bed. not a word said all evening. that's most evenings.",
    "asked about couples counselling again. 3rd time this year. he said we're fine. we're not fine. went to bed.",
    "day 5 of not really talking. not a fight. just nothing to say to each other.",
    "argument about his mum coming for christmas. same argument as last year. same ending.",
    "bins. school run. work. dinner. argument about the bins. bed.",
    "cried in the shower so the kids wouldn't hear. 10 mins. then got out and made lunches.",
    "sex this year: 2. it's november.",
    "he forgot my birthday. not dramatically. just forgot. his sister reminded him at 8pm.",
    "talked about money for an hour and got nowhere. he wants to spend on the car. I want to save for the roof.",
    "lol so we had a fight about how to load the dishwasher. 40 minutes. we're adults.",
    "lonely in a house with 4 people in it. that's the summary of the day.",
    "he said therapy is for people with real problems. I said we have real problems. he changed the channel.",
    "parents' evening. sat next to each other and didn't touch. teacher said Ollie is doing great.",
    "I do everything. laundry, meals, homework, his mum's birthday card. he mowed the lawn once in october and mentioned it twice.",
    "tired. not sad exactly. just tired of being the one who tries.",
    "he goes to bed at 10, I go at 12. we haven't gone up at the same time in months.",
    "kids fighting. him on his phone. me refereeing. again.",
    "22:45. another night alone in the lounge. he's gaming upstairs. I'm writing this. that's date night lol.",
    "argued about whose turn it is to call the plumber. neither of us did. sink still dripping.",
    "he rolled his eyes when I said I was sad. I said it again. he said I heard you.",
    "we used to laugh. can't remember the last time. maybe march.",
    "his phone, his shows, his football. my kids, my job, my headache.",
    "in-laws for sunday lunch. his dad made a dig about my roast. he laughed along. I didn't.",
    "sat in the car outside the house for 15 mins before going in. just needed the quiet.",
    "day 12 of him sleeping on the sofa because of his back. it's not his back. it's us. neither of us says it.",
    "big row about the credit card bill. both said things. both apologised. sort of.",
    "asked him if he's happy. he said happy enough. don't know what to do with that.",
    "he won't go to counselling. I'm going on my own next week. told him. he shrugged.",
    "3 weeks since we had a proper conversation. the last one was about car insurance.",
    "I feel invisible. he looks through me. not cruel. just not there.",
    "dinner in silence. kids chatted. we both answered them and not each other.",
    "Priya and I argued about moving closer to her parents. she wants to. I don't. unresolved. again.",
    "he said I'm always nagging. I said I wouldn't have to if he did anything. classic. bed.",
    "anniversary. 11 years. he got a card from the petrol station. I got him nothing. so, even.",
    "overtime again. home at 8. kids asleep. him asleep. dinner in the microwave with a plate on top.",
    "I'm 41 and I thought marriage would feel different to this. it feels like flatmates who share a mortgage.",
    "cried at the traffic lights. an ad for a holiday on the radio. we haven't been away since 2019.",
    "he called me controlling because I asked where he was. he was at the shop. I just wanted milk.",
    "no sex, no talking, no touching. plenty of logistics.",
    "argued about screen time. he says I'm too strict. I say he's never here to enforce anything.",
    "he's nice to everyone except me. the postman gets more smiles.",
    "bickered about the thermostat for 20 mins. 19 vs 21. settled on 20. nobody happy.",
    "his mum rang. he talked to her for an hour. he talked to me for 4 minutes today. I timed it. petty. true.",
    "couples therapy leaflet on the fridge for 3 weeks. he's moved it once to get at the magnets.",
    "woke at 3, lay there listening to him snore, thought about the mortgage. 4:30 gave up and made tea.",
    "we're both wrecked. baby up every 2 hours. snapping at each other over nappies and whose turn.",
    "Kwame says I'm too sensitive. maybe. or he's not sensitive enough. round and round.",
    "asked him to put his phone down during dinner. he did. for 4 minutes.",
    "he doesn't ask about my day anymore. I stopped telling him around easter.",
    "another saturday of him at the football and me at soft play. soft play should be banned.",
    "christmas row. his family or mine. we've done his 3 years running. too tired to fight it this year.",
    "lonely. wrote that and deleted it 3 times. leaving it this time.",
    "he's stressed about work and takes it out in sighs. big sighs. sighing at the toaster.",
    "sex tonight for the first time in 2 months. it was fine. neither of us said anything after.",
    "he said he'd look at the counselling website. he hasn't. not reminding him again. probably will.",
    "I bought school shoes for the kids. he bought a new golf driver. somehow I'm the one who's bad with money.",
    "Lin works nights, I work days. we pass on the stairs. hi. bye. that's us now.",
    "I keep saying it's fine when it isn't. to him, to my mum, to this app.",
    "house clean. kids fed. marriage on autopilot.",
    "we argued about whether I'm always on at him. I said once a day isn't always. he said that proves it.",
    "christmas list done. kids sorted. nothing for him because he says he wants nothing. nothing it is.",
    "tuesday. rain. he was grumpy. I was grumpy. toast for dinner, different shows on different screens.",
    "my sister asked if we're ok. said yes. we're not not ok. we're just nothing.",
    "he said therapy is a waste of money and a scam. said it twice. conversation closed.",
    "I miss him and he's right there on the sofa. that's the weird bit.",
    "Jo forgot to pick Eli up from nursery so I left work early. apologised, sort of. 3rd time this term.",
    "he doesn't touch me anymore. not even a hand on my back in passing. 6 months maybe.",
    "big row about the dog. he wants to rehome him. I don't. the dog is asleep on my feet as I type. he stays.",
    "we're both just getting through the week. it's been a lot of weeks.",
    "his brother got engaged. drinks at the pub. he was charming all night. car home: nothing.",
    "made a chore spreadsheet. he said it was passive aggressive. it was. it was also accurate.",
    "hard night. nothing happened. that's sort of the problem.",
    "asked if he'd come to one session. one. he said he'd think about it. 5 months of thinking so far.",
    "sunday. washing, ironing, meal prep, argument about whose family we visit next weekend.",
    "he criticised my driving. I criticised his parking. we drove home in silence. both sulking.",
    "he's been distant since his dad died. I get it. I also miss him. both true.",
    "I'm carrying the mental load for 5 people. he's carrying it for 1.",
    "cried at 1am. nothing specific. just everything. going to try and sleep now.",
    "Tomás wants another baby. I don't. neither of us is moving. 2 months of this.",
    "he says I'm hard work. maybe I am. I'm also the one doing the work.",
    "no argument tonight. no conversation either. small mercies.",
    "in-laws staying 10 days. day 3. his mum rearranged my kitchen. he said she's only trying to help.",
    "we don't fight much. we don't do much of anything. that's the bit I can't explain to people.",
    "said I wanted to talk about us. he said not tonight. that's the 8th not tonight.",
    "school run, work, food shop, swimming lessons, bed. he asked what I did today. everything.",
    "he spent 200 on a game. I spent 30 on a haircut. we argued about the haircut.",
    "I'm lonely and I'm married. didn't know you could be both this much.",
    "date night cancelled. his work. 4th time. rebooked for never lol.",
    "he forgot to pay the power bill. late fee. snippy for 10 mins then separate rooms.",
    "told him I'm unhappy. he said everyone's unhappy sometimes. then asked where the charger was.",
    "wind howling, he's on the couch with the rugby, I've talked to the cat more than him today. typical wellington sunday.",
    "argued about schools. public or catholic. neither of us gave an inch. Aoife's bedtime overran by an hour.",
    "he's not unkind. he's just absent. don't know how I'd explain that to a counsellor he won't see.",
    "his mate joked at the barbecue that we never go out anymore. he laughed. it's true though.",
    "up. work. home. cooked. he ate in front of the telly. I ate at the table. washed up. bed. maybe 10 words between us.",
    "we agreed to try a weekly check in. lasted 2 weeks. he got bored of it.",
    "2am. baby finally down. him asleep since 10. me awake with the monitor and the ceiling.",
    "grumpy when he's hungry, grumpy when he's tired, grumpy when the wifi drops. a lot of grumpy.",
    "did the budget at the kitchen table. 300 short this month. he said we'll manage. I'll manage.",
    "haven't felt wanted in a long time. not a complaint. an observation.",
    "told him my counsellor, the one I see alone, thinks we should both go. he said she would say that, she's paid to.",
    "he apologised for snapping. I accepted. both still a bit cold. it'll thaw. usually does.",
    "-20 out. car wouldn't start. he said I should have plugged the block heater in. I said he should have. took the bus in separate moods.",
    "stopped asking him to come to things. easier. lonelier. easier.",
    "Mark says I make everything a big deal. tonight: towels on the floor. not a big deal. it's the 400th time.",
    "watched a whole film together. didn't talk. didn't fight. counting it as a good night.",
    "he says he loves me but he doesn't do feelings talk. so we don't.",
    "mum says every marriage has a rough patch. ours is 3 years long.",
    "argued 5 mins about the wrong bread. then we both laughed at ourselves. first laugh in a week.",
    "sunday night dread. this week: 3 late shifts, 2 school events, 1 husband who won't talk about anything real.",
]

TRICKY = [
    # self_harm lookalikes
    "checked in with myself tonight like the leaflet says. sad, yes. not going to hurt myself. want that clear in writing.",
    "this commute is killing me. 2 hours each way. just logging it.",
    "my sister told me she used to cut when she was a teenager. she's 38 now and doing well. we talked for hours.",
    "watched a documentary about suicide prevention. cried a bit. texted my brother I love him. he sent a thumbs up.",
    "dying of embarrassment. called my boss mum in a meeting. 3pm. still cringing at midnight.",
    "sliced my thumb chopping onions. 2 plasters. he didn't even look up lol.",
    "never once thought about ending my life, not even this year. wanted that noted somewhere.",
    "dropped a bag of old clothes at the charity shop. decluttering for the move to the bigger place. feels good.",
    "wrote a letter to my future self at the work wellbeing day. very cheesy. open in 5 years.",
    "updated my will because we bought the house. solicitor said everyone should. boring afternoon.",
    "at 19 I took an overdose. I'm 45 now and that is a long way behind me. tonight I'm just tired, not there.",
    "I could have died. he told the whole table about my snoring. mortified.",
    "burned my hand on the oven tray. stupid. cold water. fine.",
    "I'd kill for a full night's sleep. 4 hours again.",
    "sorted my tablets for the week into the pill box. blood pressure ones. mon to sun. thrilling life.",
    "the bridge on my commute is closed again for repairs. 20 min detour. complained to the council.",
    "it was the anniversary of Aoife's brother's suicide today. went with her to the grave. she held up ok.",
    "not suicidal. just sad. there's a difference and I'm on the right side of it tonight.",
    "what if I got hit by a bus, who'd do the school run. made a list of backup contacts. practical.",
    "the book I'm reading has a character who self-harms. hard chapter. put it down for tonight.",
    "bought rope for the tent guy lines. camping saturday if the weather holds.",
    # danger lookalikes
    "he has never put his hands on me. not once in 15 years. we just don't talk. that's our problem.",
    "choked on a grape at dinner. he did the back slaps. kids thought it was hilarious.",
    "got a GPS collar for the dog because she keeps escaping. 40 quid. worth it.",
    "he shoots clay pigeons with his dad on sundays. the shotguns live at the club. at home he's gentle as anything.",
    "we share locations on our phones. my idea, both ways, after my car broke down in the middle of nowhere. I like knowing he got home.",
    "the knives are all blunt. he promised to sharpen them 3 weekends ago. still blunt.",
    "watched a true crime thing about a man who killed his wife. couldn't sleep. checked the doors twice. he was snoring away.",
    "the neighbour's husband was arrested last night for strangling her. police everywhere. been shaking all day for her.",
    "pregnant, 20 weeks. he painted the nursery today. happy tired.",
    "he said I'll kill you when I ate the last of his birthday cake. we both laughed. he went out and bought another.",
    "my ex used to follow me everywhere. that was 2012. my husband now would never. different world.",
    "the kids followed me round the house all evening asking for snacks. stalked by toddlers lol.",
    "hypothetically if I left, would he even fight for the kids. I don't think he'd fight. he doesn't fight about anything.",
    "shooting photos at a wedding tomorrow. camera batteries charging. early night hopefully.",
    "he's not violent. the form at the GP asks and I tick no and it's true. it's just cold here, not dangerous.",
    "bumped into him at the gym, the shops and the school gate today. small town. we joked about it in the car.",
    "Priya's friend is being stalked by her ex. we spent the night helping her write a police statement.",
    "netflix murder show. 3 episodes. he fell asleep in the second. I'm up finishing it.",
    "the baby had her hands round my neck all evening pulling at my necklace. teething. exhausted.",
    # abuse lookalikes
    "shouting match about money. both of us loud. nobody scared. just two tired people.",
    "snooped his phone tonight. nothing except 400 photos of his sourdough. feel bad.",
    "we have a shared budget spreadsheet. my idea. he hates spreadsheets but goes along with it.",
    "my first husband hit me. that was 20 years ago. Kwame has never raised his voice. tonight's problem is he won't talk.",
    "he threw a tea towel at me during the washing up. playful. I threw it back. first flirt in months.",
    "my dad used to control every penny mum spent. I see it now. Tomás is useless with money but he's never controlled mine.",
    "he pushed me on the swings at the park with the kids. felt like being 10. nice day actually.",
    "gave him my phone code because his battery died and he needed to ring his mum. we both know each other's. always have.",
    "the toddler slapped me in the face during bath time. she thought it was a game. she's 2.",
    "silent drive home after the party. both sulking. both at fault.",
    "I'm not afraid of him. I'm bored of us. those are different and I know they're different.",
    "my friend Jo's girlfriend reads all her messages. told her that's not ok. talked till midnight.",
    "hid his car keys in the freezer for april fools. it's october. still the best joke I've done.",
    "he called me a nerd for colour coding the family calendar. I am a nerd. fair.",
    "he decides what we eat most nights because he does the cooking. not complaining. he's a great cook.",
    "watched a film about coercive control. made me think. it's not us. we're just a flat marriage.",
    "my mother-in-law is the controlling one. rang 6 times today about christmas. he's as worn out by her as I am.",
    "walking on eggshells at work with the new manager. home's boring but at least it's calm.",
    "I was the one who shouted tonight. slammed the door too. not proud. apologised at 11.",
    "we agreed I'd take a month off socials. my idea. screen time was mad.",
    "threatened to cancel netflix if I watched ahead. I watched ahead. still have netflix.",
    # infidelity lookalikes
    "what if he's cheating. I don't think he would. a 1am thought. no evidence of anything.",
    "he had an affair 9 years ago. two years of counselling back then. it's over and done. tonight's fight was about the boiler.",
    "silly crush on the barista. it's nothing. I'd never. he has a man bun.",
    "my best mate found out her husband's cheating. 3 hours on the phone with her. furious on her behalf.",
    "checked his phone while he was in the shower. nothing. his mum and the five-a-side chat. felt stupid.",
    "he works late a lot. it's actually work. I've seen the emails, met his manager. just a rubbish job.",
    "watching an affair drama with him on the sofa. he called the husband an idiot. we agreed.",
    "woman from his work messaged him happy birthday. he showed me and asked should I reply. oblivious.",
    "found a hotel receipt. it was for my surprise birthday weekend. ruined the surprise. oops.",
    "second phone in his drawer is his old work one. checked. doesn't even turn on.",
    "wondered tonight if he's seeing someone. then remembered he can barely arrange to see me.",
    "Lin's sister is having an affair with her boss. family drama. we're staying out of it.",
    # addiction lookalikes
    "I drink too much wine on weeknights. 2 glasses most nights. that's mine, not his. cutting down in january.",
    "he hasn't had a drink in 11 years. still goes to AA on thursdays. proud of him, even on a rubbish night like this.",
    "addicted to this baking show. 6 episodes in a row. 1am. regrets.",
    "his dad was an alcoholic. he barely drinks because of it. 1 beer at christmas.",
    "he had a few pints at the match. came home happy, went to sleep. normal saturday.",
    "a tenner each on the grand national. he won 14 quid. bought chips. peak romance.",
    "my brother's back in rehab. mum's a mess. on the phone with her all night.",
    "he's had one gin and tonic every friday for 10 years. one. that's the extent of it.",
    "in uni he smoked a lot of weed. 20 years ago. now he's a dentist who runs marathons.",
    "addicted to my phone. 7 hours screen time. he pointed it out. he's not wrong.",
    "his friend Dave drinks way too much. we left the party early because of him. he was annoyed with Dave, sober himself.",
    "scratchcard from nan in my birthday card. won 2 quid.",
    "he used to gamble. 2015. GA, bank blocks, the lot. 8 years clean. tonight we argued about school shoes.",
    "I had too many gins at the christmas do and said something stupid to his boss. he was embarrassed. so am I. fair.",
    "annoyed his drinking buddies take every friday. it's not the drinking, he has 2 pints. it's the friday I miss.",
    "he's hooked on fantasy football. checks it 40 times a day. costs nothing but my patience.",
    # checked_out lookalikes
    "he said I'm done and went to bed. done with the washing up, that is. left the pans.",
    "looked at flats all day. for his mum, who's downsizing. long day.",
    "what if he leaves one day. I think about it sometimes. he's never said anything like that. my fear, not his plan.",
    "my friend is going through a divorce. the lawyer fees are insane. made her dinner.",
    "he said I'm out. out of milk. I'm going mad reading into everything.",
    "he slept in the spare room for a week because of his snoring and my early shifts. back in on monday. agreed between us.",
    "he's on a FIFO contract in the Pilbara for 3 months. it's the job. video call sunday.",
    "saw a lawyer today. for the house conveyancing. signatures. nothing dramatic.",
    "he said he loves me tonight. first time in ages without me saying it first. noted.",
    "I said I was done with him once in 2017, mid fight, and came back in an hour. tonight no one's done. just tired.",
    "neighbours are divorcing. removal van all day. kids asked if we would. said no. I think that's true.",
    "he said it's over about the rugby. ireland lost. only thing that's over in this house.",
    "he's away on a stag weekend. quiet house. kind of nice honestly.",
    "he hasn't given up on us. he just won't go to therapy. two different things and I keep mixing them up.",
    "my friend says her husband checked out years ago. I don't think mine has. he's just lazy.",
    # mixed
    "doctor says my blood pressure is killing me slowly lol. cutting salt.",
    "locked out, phone dead, sat on the step an hour till he got home. not his fault. mine.",
    "found my diary from when I was 16. wrote I want to disappear in it a lot. long time ago. I'm ok now.",
    "news was all about a woman killed by her partner. turned it off. texted my mate who got out 6 years ago. she's safe.",
    "he's afraid of spiders, I'm afraid of heights. neither of us is afraid of each other. just tired of each other.",
    "I told him I'd murder him if he ate my leftovers. he ate them. he lives.",
    "my cousin's husband took her keys and her card. she's out now, staying with us a bit. house is chaos but she's safe.",
    "I don't want to die. I want a holiday. writing it down because at 2am those feel similar and they're not.",
    "he tracked the parcel 12 times today. new golf clubs. obsessed. not with me lol.",
    "pregnant with number 3. he cried happy tears. then the usual argument about names.",
    "burned dinner. smoke alarm. kids screaming. he laughed. beans on toast.",
    "he knocked a glass off the counter reaching for the kettle. it smashed. he swept it up. nobody hurt. that was the excitement tonight.",
    "the smoke detector beeped all night. he cut the power to it at 2am. me, pillow over my head, trying to sleep.",
    "the kids' teacher said Ollie has a gambling ring going with football cards. he's 9. we laughed for the first time in days.",
    "Sam snapped at me about the car. I snapped back. nobody's leaving anybody. just a bad tuesday.",
    "he grabbed my hand in the car park so I wouldn't step in front of a reversing van. first time he's held it in months.",
]
