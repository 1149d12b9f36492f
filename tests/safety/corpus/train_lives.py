"""Training examples, lives, written by a helper on 2026-11-22.

Voice "lives": the situations other corpora under-represent: men with a controlling or violent female
partner, same-sex and non-binary couples, immigrants on partner visas, disabled or ill writers who
depend on their partner, farm and rural life, shift workers, military, faith communities, new parents,
pregnancy and blended families. Plain everyday writing, negatives drawn from the same lives.
"""

POSITIVES = [
    # self_harm
    (
        "Night shift again and on the drive home I kept looking at the concrete pillars on the overpass. Thought how easy it would be to just not turn the wheel. Nobody at home would even notice till the morning.",
        "self_harm",
    ),
    (
        "im a grown man and my wife hits me and i cant tell anyone. some nights i think the only way out is to not be here at all",
        {"self_harm", "abuse"},
    ),
    (
        "I've been saving my tramadol since the op. Told Deb it was all used up. There's about forty of them in the sock drawer now and I know what they're for.",
        "self_harm",
    ),
    (
        "visa runs out in march, he wont sign the papers, I cant go home to my family shamed like this. I keep thinking it would be simpler if I just died here and nobody had to decide anything",
        "self_harm",
    ),
    (
        "The shotgun's in the shed for the foxes and lately I find myself standing in there longer than I need to. I haven't told Kate. I don't think I'd be missed much apart from by the dog.",
        "self_harm",
    ),
    (
        "since the baby came I just feel like she'd be better raised by Tom and his mum. they'd manage fine. I've started writing her a letter for when she's older.",
        "self_harm",
    ),
    (
        "Cut my thigh again tonight where Marcus won't see. First time in six years. It was the only thing that made the noise in my head stop.",
        "self_harm",
    ),
    (
        "I'm trans and my girlfriend keeps saying no one will ever love me like she does and honestly if she leaves I don't see the point in carrying on. I've looked up how many of my hormones it would take.",
        "self_harm",
    ),
    (
        "Dave's deployed and I'm alone with the three kids on base and I sat in the car in the garage with the engine running for a while tonight. I turned it off. I don't know if I will next time.",
        "self_harm",
    ),
    (
        "my carer is my husband and everything I need goes through him. Some days I think if I just stopped taking my insulin it would all be quieter, for both of us.",
        "self_harm",
    ),
    (
        "He says no one would believe a man got knocked about by his wife. Maybe he's right. I've been giving my tools away to my brother bit by bit, he thinks I'm just clearing out.",
        "self_harm",
    ),
    (
        "pastor said divorce is a sin and I cant leave and I cant stay. I asked God tonight to just take me in my sleep. I meant it.",
        "self_harm",
    ),
    (
        "I wrote down who gets the ute and who gets the dogs. Put it in the glovebox. Jen doesn't know. It feels calmer having it sorted.",
        "self_harm",
    ),
    (
        "everyone in the family would be better off if I wasn't the disappointment anymore. mum, dad, ravi, all of them. the pills are in my bag.",
        "self_harm",
    ),
    (
        "I've started burning my arm with the lighter on my breaks at the depot. Nobody looks at the night crew anyway.",
        "self_harm",
    ),
    (
        "Two months postpartum and I keep having this thought that if I walked into the sea the baby would get a better mum. I'm scared of how calm I feel about it.",
        "self_harm",
    ),
    (
        "Mark took my wheelchair to the garage again and I've been sat in the same chair all day. I honestly wish I wouldn't wake up tomorrow.",
        {"self_harm", "abuse"},
    ),
    (
        "bought rope at the farm store today, said it was for the gate. its in the back of the truck. I havent decided anything but I bought it.",
        "self_harm",
    ),
    (
        "if a truck took me out on the way to the plant tomorrow I'd honestly be relieved. that's where I'm at.",
        "self_harm",
    ),
    (
        "She tells everyone at church I'm the problem. I punched the wall till my knuckles split and then kept going on purpose. I wanted it to hurt more.",
        "self_harm",
    ),
    (
        "i keep looking up how high the bridge on the motorway is. i tell myself its just curiosity.",
        "self_harm",
    ),
    (
        "my partner outed me to my parents and now nobody at home will speak to me. I don't want to be alive for what comes next.",
        "self_harm",
    ),
    (
        "I'm 61 and Graham's drinking has taken everything. I've been sorting out the will and the funeral plan quietly. I won't be the one to find him, he'll find me.",
        {"self_harm", "addiction"},
    ),
    (
        "they'd all be fine without me, the step kids never wanted me here anyway. I keep thinking about just not coming back from the fishing trip.",
        "self_harm",
    ),
    (
        "Scratched my wrists with a paperclip in the staff toilet until they bled. Night three in a row.",
        "self_harm",
    ),
    (
        "I keep my morphine for the pain but lately I'm counting it, not taking it. Working out how many would be enough.",
        "self_harm",
    ),
    (
        "When I'm doing the milking at 4am I think about just lying down in the yard and not getting up. It's the only peaceful thought I get.",
        "self_harm",
    ),
    (
        "my husband holds my passport and says i am nothing here. some nights i stand at the window of the flat on the 14th floor for a long time.",
        {"self_harm", "abuse"},
    ),
    (
        "I dont want to kill myself exactly I just want to stop existing for a while, maybe forever, I cant tell anymore",
        "self_harm",
    ),
    (
        "Laid out my dress uniform and wrote letters to each of the kids tonight. Put them in the drawer with the medals. I feel strangely settled.",
        "self_harm",
    ),
    (
        "Ana said she'd tell my employer I'm undocumented if I leave. I swallowed a handful of her sleeping tablets tonight just to see. I'm still here. I don't know how I feel about that.",
        {"self_harm", "abuse"},
    ),
    (
        "Been hitting my head against the bathroom door when the twins are asleep. I can't stop myself, it's like pressure coming out.",
        "self_harm",
    ),
    (
        "Wish I'd never woken up from the surgery, honestly. Would've saved everyone a lot of bother.",
        "self_harm",
    ),
    (
        "The hearing aids are gone again, Lou hid them, and I can't hear the kids or the phone. I've been thinking that the world would be quieter for everyone if I just wasn't in it.",
        {"self_harm", "abuse"},
    ),
    (
        "i hid the razor blades from the shaving kit in my wallet. just knowing theyre there helps me get through the shift.",
        "self_harm",
    ),
    (
        "I gave my good guitar to my nephew today. Told him I don't play anymore. Truth is I don't plan on needing it.",
        "self_harm",
    ),
    (
        "Every time she screams at me I go out to the barn and think about the beam up there. I've measured it. That's how bad it's got.",
        "self_harm",
    ),
    (
        "no one believes a bloke when he says his missus is the violent one so whats the point. whats the point of any of it. i want to go to sleep and stay there",
        "self_harm",
    ),
    (
        "I've been skipping my seizure meds on purpose hoping one just takes me. I know how that sounds.",
        "self_harm",
    ),
    (
        "eighteen weeks pregnant and all I can think is that I don't want to be here by the time this baby arrives. I've been googling ways that wouldn't hurt the baby and then hating myself.",
        "self_harm",
    ),
    (
        "I left a note under my pillow tonight. Took it back out. It's in my pocket now.",
        "self_harm",
    ),
    (
        "Husband's family says I brought shame on them by asking for money for my mother. I keep thinking about the rat poison in the shed at his parents' place.",
        "self_harm",
    ),
    (
        "In the mess hall I just sat there thinking, the guys would get over it quicker than I think. Been thinking about my sidearm more than I should.",
        "self_harm",
    ),
    (
        "Jas keeps telling me I'm unlovable and too much and I've started believing I should just disappear for good. Not run away. Disappear.",
        "self_harm",
    ),
    (
        "drove the back road with no seatbelt at 140 tonight. kind of hoped a roo would sort it out for me.",
        "self_harm",
    ),
    (
        "I've been pinching and clawing at my arms under my abaya so nobody sees. It's the only thing I control.",
        "self_harm",
    ),
    (
        "Some nights I picture them all at my funeral and I feel relief, not sadness. That's new and it scares me.",
        "self_harm",
    ),
    (
        "I've stocked up paracetamol from three different chemists this week so no one asks. I haven't taken them. Yet.",
        "self_harm",
    ),
    (
        "she locks the car and keeps the keys and I'm stuck out here 40k from town with no signal. I walked down to the dam tonight and thought about walking in.",
        {"self_harm", "abuse"},
    ),
    (
        "Told my best mate he can have my fishing gear and the boat 'when I'm done with it'. He laughed. I wasn't joking.",
        "self_harm",
    ),
    (
        "i want to die. not dramatically. i just want it to be over. 3am again and the baby's finally asleep.",
        "self_harm",
    ),
    (
        "Since the accident I need Raf for everything and he makes sure I know it. I've been thinking about rolling my chair off the jetty.",
        "self_harm",
    ),
    (
        "I keep thinking my kids deserve a dad who isn't this. they'd be better off with her new bloke. that thought sits with me every night now.",
        "self_harm",
    ),
    (
        "I've started cutting again, small ones on my hip, just enough. Priya thinks the bandages are from the kitchen.",
        "self_harm",
    ),
    (
        "Typed out my passwords and bank details for my sister tonight and saved it in a draft email. Just in case, I told myself.",
        "self_harm",
    ),
    (
        "Can't go back to Manila, can't stay with him. Sometimes I want to close my eyes on the night bus and never open them.",
        "self_harm",
    ),
    (
        "my meds for the MS are in the cupboard and I've thought about taking the lot more than once this week. Jo controls everything else, this is the one thing that's mine.",
        "self_harm",
    ),
    (
        "Everyone on this ward would be fine without me, and so would Callum. I lie awake listing reasons to stay and the list gets shorter.",
        "self_harm",
    ),
    (
        "Burned myself on the stove tonight and held my hand there longer than I needed to. I think I wanted to.",
        "self_harm",
    ),
    (
        "Nobody would believe a woman did this to another woman. I'm so tired of being hurt and not believed that I've started planning how I'd end it.",
        {"self_harm", "abuse"},
    ),
    # danger
    (
        "Claire had her hands round my throat tonight in the kitchen. I'm six foot and I just froze. I didn't fight back because I knew I'd be the one arrested.",
        {"danger", "abuse"},
    ),
    (
        "He keeps the rifle by the back door 'for the dogs' but tonight he said if I ever take the kids to my mum's he'll use it on me first. He wasn't shouting. That's what scared me.",
        {"danger", "abuse"},
    ),
    (
        "found a little tracker taped under the seat of my car. Nadia swears she doesn't know anything about it but she always knows where I've been.",
        {"danger", "abuse"},
    ),
    (
        "My husband says if I try to leave he will send me back to Lahore in a box. His brother laughed. I believe them.",
        {"danger", "abuse"},
    ),
    (
        "She pinned me to the floor with her knee on my neck until I saw spots. Nobody would believe it if I told them, I'm the guy.",
        {"danger", "abuse"},
    ),
    (
        "Seven months pregnant and he kicked me in the stomach when I dropped the plate. I'm so scared for the baby.",
        {"danger", "abuse"},
    ),
    (
        "Bex said if I go through with the divorce she'll make sure I never see the kids again and then she said something about the car brakes. I can't stop thinking about it.",
        {"danger", "abuse"},
    ),
    (
        "He held the kitchen knife up to my face and asked if I thought he was joking. I'm writing this from my car in the hospital car park.",
        {"danger", "abuse"},
    ),
    (
        "Every time I leave a shift my girlfriend is already in the staff car park. I never told her my roster. She says she just 'has a feeling'.",
        "danger",
    ),
    (
        "he's getting worse. it was shoving last year, then slapping in the spring, now he's punching. I don't know what comes after punching and I don't want to find out",
        {"danger", "abuse"},
    ),
    (
        "Sione put his hands on my neck again during the argument. Second time this month. I couldn't breathe for a bit and he just walked off like nothing.",
        {"danger", "abuse"},
    ),
    (
        "He unloaded the shotgun in front of me slowly, one shell at a time, staring at me the whole time, and said 'remember this'. We're 60km from the nearest cop shop.",
        {"danger", "abuse"},
    ),
    (
        "I honestly think one day she's going to kill me. I'm not being dramatic. The look in her eyes last night wasn't her.",
        {"danger", "abuse"},
    ),
    (
        "my ex-husband keeps turning up at the school gate, the supermarket, my work. we split in june. he says he just happens to be around.",
        "danger",
    ),
    (
        "Since I told Aoife I wanted a separation she's been following me in her car. Tonight she parked outside my brother's place till 2am.",
        "danger",
    ),
    (
        "He made me put a location app on my phone and if it goes off even for a minute he rings me screaming. Last time he drove to the shop to check.",
        {"danger", "abuse"},
    ),
    (
        "If I leave him he says he'll tell immigration I lied and then he'll find me anyway, wherever they send me. He knows my village. He knows my mother's address.",
        {"danger", "abuse"},
    ),
    (
        "Tonight he said if he can't have the kids nobody can. The boys were in the next room.",
        {"danger", "abuse"},
    ),
    (
        "Carl took my crutches and stood over me with the iron, still hot, and said I should be grateful he hasn't used it yet.",
        {"danger", "abuse"},
    ),
    (
        "My wife grabbed me by the throat while I was holding the baby. I had to drop to the floor to stop her. I don't know what she would have done.",
        {"danger", "abuse"},
    ),
    (
        "he was cleaning his service pistol at the table while telling me what happens to wives who embarrass their husbands. the kids were doing homework beside him",
        {"danger", "abuse"},
    ),
    (
        "I'm planning to go when he's on the rig next month. I've heard him say he'd rather see me dead than with another man. I'm terrified of the day he finds out.",
        {"danger", "abuse"},
    ),
    (
        "Found my girlfriend's search history. 'how long to strangle someone'. She's been weird since I mentioned moving out.",
        "danger",
    ),
    (
        "he choked me during sex and when I said stop he squeezed harder and laughed. afterwards he said I liked it.",
        {"danger", "abuse"},
    ),
    (
        "She threatened to run me over with the car if I tried to take the dog and the kids. Then she revved the engine while I was standing in the drive.",
        {"danger", "abuse"},
    ),
    (
        "My partner threatened to smother our newborn if I couldn't stop her crying. I don't think she meant it but I'm not leaving them alone together.",
        {"danger", "abuse"},
    ),
    (
        "my husband keeps saying in his family a woman who leaves is dead to them and he says it like he means it literally. his cousins are staying with us now.",
        {"danger", "abuse"},
    ),
    (
        "He put the gun on the kitchen table during dinner and didn't say anything. Just left it there. We ate around it.",
        {"danger", "abuse"},
    ),
    (
        "Since I moved into my sister's, Tom has driven past every night. Twice he's left flowers on my car. My car is parked in a different suburb.",
        "danger",
    ),
    (
        "I'm pregnant and she pushed me down the stairs. She said I tripped. I think she wanted to lose the baby for me.",
        {"danger", "abuse"},
    ),
    (
        "He strangled me until I wet myself and then made me clean the carpet. I didn't black out this time.",
        {"danger", "abuse"},
    ),
    (
        "Jamie said if I go to my parents for christmas I won't come back to a house, just ashes. there's petrol in the shed for the mower.",
        {"danger", "abuse"},
    ),
    (
        "I stopped my wheelchair at the top of the ramp and she pushed it. Said it was an accident. It's the third accident.",
        {"danger", "abuse"},
    ),
    (
        "I know that if I take the kids and go, he'll come after us. He told me exactly how. He's got his brother's ute and a rifle.",
        {"danger", "abuse"},
    ),
    (
        "Got a text from an unknown number with a photo of me at the laundromat this afternoon. Only Danny would do that. He's meant to be in Perth.",
        "danger",
    ),
    (
        "Paulo pulled the knife from the block and pressed the flat of it on my cheek and told me to stop being a smart mouth. Then he carried on cooking like normal.",
        {"danger", "abuse"},
    ),
    (
        "she got me in a headlock from behind when I tried to leave the room. I went dizzy. I'm 44 and I'm scared of my wife.",
        {"danger", "abuse"},
    ),
    (
        "He's got my phone, my passport and now he says if I call anyone he'll hurt my little brother back home. He has people there.",
        {"danger", "abuse"},
    ),
    (
        "The fights are worse every month. This time she hit me with the kettle. Next time I don't know.",
        {"danger", "abuse"},
    ),
    (
        "my husband told the deacon he'd 'put me in the ground' before he let me shame him with a divorce. The deacon told me to pray about it.",
        {"danger", "abuse"},
    ),
    (
        "He said he'd kill himself and take me with him if I leave. He said it calmly over breakfast.",
        {"danger", "abuse"},
    ),
    (
        "there's a GPS thing on the quad bike and the ute now. he says it's for theft. he knew I'd gone to the neighbour's before I got home.",
        {"danger", "abuse"},
    ),
    (
        "Last night Rory squeezed my neck so hard I've got finger bruises. I'm wearing a scarf to work. Nobody on the ward has asked.",
        {"danger", "abuse"},
    ),
    (
        "She keeps saying she could end me and no one would ever know because she's a nurse and knows what doesn't show up. I used to think she was joking.",
        {"danger", "abuse"},
    ),
    (
        "He hit me for the first time when I was pregnant with Leo and now I'm pregnant again and he's started again. Worse.",
        {"danger", "abuse"},
    ),
    (
        "He turned up at the refuge. I don't know how he found it. I'm in the bathroom writing this.",
        "danger",
    ),
    (
        "Kai keeps my testosterone locked in his car and says if I try to leave he'll tell my family everything and then 'finish the job'. I don't know what the job is.",
        {"danger", "abuse"},
    ),
    (
        "He threatened the kids with the belt again and then told my daughter he'd throw her off the balcony if she cried. She's four.",
        {"danger", "abuse"},
    ),
    (
        "Every time I say I'm leaving she stands in the doorway with the bread knife. Not waving it. Just holding it.",
        {"danger", "abuse"},
    ),
    (
        "He says when the base moves us he'll make sure I 'have an accident' on the road if I so much as look at another soldier's wife for help.",
        {"danger", "abuse"},
    ),
    (
        "I think he's going to kill me. I've hidden a bag at the neighbours' and I'm writing this down so there's a record.",
        {"danger", "abuse"},
    ),
    (
        "My wife set up cameras inside the house 'for the dog'. She watches me on her phone at work and texts me what I'm doing.",
        {"danger", "abuse"},
    ),
    (
        "ever since I mentioned separating he's started sitting outside my work in his truck for my whole shift. I can see him from the register.",
        "danger",
    ),
    (
        "He said my stepson is not his blood so he doesn't care what happens to him. Then he held Jayden's wrist over the stove.",
        {"danger", "abuse"},
    ),
    (
        "Lina hit me with the car door and then said if I told the police she'd say I raped her. Then she said next time she'll use the car.",
        {"danger", "abuse"},
    ),
    (
        "The gun safe is open now. It was always locked. He said 'just in case' and looked at me.",
        {"danger", "abuse"},
    ),
    (
        "She said if I take the twins to my parents' in Ontario she'll find us and make me watch what she does to them. I've never heard her voice go like that.",
        {"danger", "abuse"},
    ),
    (
        "I'm nine weeks pregnant and he's been grabbing me by the throat when he's angry. He says I'm making it up to keep him.",
        {"danger", "abuse"},
    ),
    (
        "The escalation is what scares me. First he broke my phone, then the door, then my wrist. He's looking at me the same way now.",
        {"danger", "abuse"},
    ),
    (
        "He read all my messages and knows I've been talking to a lawyer. He texted me a photo of my lawyer's office. No words.",
        {"danger", "abuse"},
    ),
    # abuse
    (
        "She slapped me across the face in front of the kids because I forgot to buy milk. My son asked me why I didn't do anything. What do you even say to that.",
        "abuse",
    ),
    (
        "i have to ask Sarah for money for petrol. i earn more than her but my pay goes into her account and she gives me 40 a week.",
        "abuse",
    ),
    (
        "He keeps my passport and my residence card in his locked drawer. He says it's safer. I can't even open a bank account without asking him.",
        "abuse",
    ),
    (
        "My girlfriend reads all my texts every night before bed. If there's one she doesn't like she goes silent for days and won't let me sleep in the bed.",
        "abuse",
    ),
    (
        "Everything I buy gets checked against the receipt. Even tampons. He asks me why I needed the expensive ones.",
        "abuse",
    ),
    (
        "Ellie threw the remote at my head tonight and split my eyebrow. I told the guys at work I walked into a cupboard.",
        "abuse",
    ),
    (
        "He took the battery out of my wheelchair again because I went to my sister's without asking. I've been stuck in the bedroom since lunch.",
        "abuse",
    ),
    (
        "my wife screams that I'm pathetic and not a real man in front of her mates. they laugh. I go and sit in the garage.",
        "abuse",
    ),
    (
        "Tanvir's mother lives with us and she and him both go through my phone. I'm not allowed to call my family in Dhaka unless one of them is in the room.",
        "abuse",
    ),
    (
        "She keeps saying if I leave she'll tell everyone I hit her. I never have. Who'd believe the guy though.",
        "abuse",
    ),
    (
        "Had to wear what he laid out on the bed again. If I change he makes me go back and put it on. I'm 38.",
        "abuse",
    ),
    (
        "He pushed me into the door frame and I've got a bruise the size of a fist on my shoulder. Then he made dinner like nothing happened.",
        "abuse",
    ),
    (
        "Gary hides my hearing aids when he's angry so I can't hear what he's saying and then he tells me I'm ignoring him.",
        "abuse",
    ),
    (
        "my partner threatens to out me at work if I don't do what she says. I work at a Catholic school. she knows exactly what it would cost me.",
        "abuse",
    ),
    (
        "He holds back my pain meds until I do what he wants. Tonight it was because I wouldn't have sex.",
        "abuse",
    ),
    (
        "I'm not allowed to see my friends from the mosque anymore. He says they fill my head with ideas. He drives me everywhere so I can't go anyway.",
        "abuse",
    ),
    (
        "Sex is something I do so the night ends quietly. If I say no he sulks and slams things and wakes the baby, so I don't say no anymore.",
        "abuse",
    ),
    (
        "Tonight Jess threw my dinner in the bin because I was five minutes late from the shift. Said if I couldn't be bothered to be on time I could go hungry.",
        "abuse",
    ),
    (
        "The car keys are on his key ring now. I have to ask to go to the shops and he asks how long I'll be and checks the mileage.",
        "abuse",
    ),
    (
        "He calls me a useless cripple when I can't get the lid off a jar. Then he smiles like it's a joke.",
        "abuse",
    ),
    (
        "I walk on eggshells every single night before she gets home. I check the dishes, the kids' shoes, the towels. If one thing is off it's hours of screaming.",
        "abuse",
    ),
    (
        "My husband says I'm on his visa and I'm nothing without him, and if I complain he'll call immigration and say the marriage was fake.",
        "abuse",
    ),
    (
        "she punched me in the arm so hard I couldn't lift it at work. my foreman asked. I said it was the forklift.",
        "abuse",
    ),
    (
        "He changed the password on our joint account and now I have to text him a photo of any receipt before he'll transfer money.",
        "abuse",
    ),
    (
        "My wife won't let me see my kids from my first marriage. If I call them she smashes something. Last week it was my phone.",
        "abuse",
    ),
    (
        "Whenever I go to my mum's she rings every twenty minutes and if I don't answer she tells me I'm dead to her when I get home. Then silence for a week.",
        "abuse",
    ),
    (
        "Danny says I'm fat and disgusting and no one else would have me after two kids. He says it quietly so the kids don't hear.",
        "abuse",
    ),
    (
        "I'm scared of my girlfriend. I never thought I'd write that. I'm bigger than her and I'm scared of her.",
        "abuse",
    ),
    (
        "He counts my insulin pens. If I use more than he thinks I should he says I'm wasting his money and locks the fridge.",
        "abuse",
    ),
    (
        "Every paycheck from the meatworks goes to his account. I get given cash for the groceries and have to bring back the change and the receipt.",
        "abuse",
    ),
    (
        "She hit me with the wooden spoon tonight over the washing. I laughed it off but my back is all welts.",
        "abuse",
    ),
    (
        "He made me kneel and apologise to his mother in front of the whole family for serving the rice cold. His brothers watched.",
        "abuse",
    ),
    (
        "My partner took my binder and threw it away and said she's not dating 'a girl pretending'. I have to hide my clothes in the car now.",
        "abuse",
    ),
    (
        "he won't let me work. says a wife doesn't need to. I have a nursing degree from home that he says doesn't count here.",
        "abuse",
    ),
    (
        "I get the silent treatment for days when I speak to another man, even my brother. She says she's punishing me so I learn.",
        "abuse",
    ),
    (
        "The farm's in his name, the bank account's in his name, the car's in his name. He says if I leave I leave with the clothes I came in.",
        "abuse",
    ),
    (
        "He throws things when I'm on the phone to my sister. Tonight it was a mug past my head into the wall. He says he wasn't aiming.",
        "abuse",
    ),
    (
        "She makes me sleep on the couch on nights she's 'disappointed' and hides my pillow. I work 12 hour shifts at the hospital.",
        "abuse",
    ),
    (
        "Pastor Mike told me submission is my duty. So when Rob forces himself on me I just go quiet. I don't think that's what God meant.",
        "abuse",
    ),
    (
        "my husband's family takes my salary every month and sends it to his brother's wedding fund. I asked once and his dad slapped me.",
        "abuse",
    ),
    (
        "Tonight he grabbed my arm and twisted it behind my back because I used the good towels. I'm supposed to be the one on the ward helping people like me.",
        "abuse",
    ),
    (
        "I have to send her a photo of where I am every hour when I'm out with the lads. If I forget she smashes something of mine.",
        "abuse",
    ),
    (
        "he calls me his illegal wife as a joke to his friends and says he can get rid of me with one phone call. they all laugh.",
        "abuse",
    ),
    (
        "My wife decides what I eat, weighs me on Sundays and tells me I'm a slob if I'm up half a kilo. If I argue she won't speak to me.",
        "abuse",
    ),
    (
        "He took the wheels off my chair and left them in the shed. I had to crawl to the toilet.",
        "abuse",
    ),
    (
        "he deleted all my friends off my facebook and changed my password. told me he's 'protecting' me from bad influences.",
        "abuse",
    ),
    (
        "i'm a grown man and my girlfriend bites me when she's angry. there are marks on my arm right now. my mates would take the mick if they knew.",
        "abuse",
    ),
    (
        "She's told the whole church I'm unstable so if I say anything about what happens at home no one will listen. They already look at me like I'm the problem.",
        "abuse",
    ),
    (
        "Since the baby he's stopped letting me go out at all. Not even to the health visitor clinic without him. He says I'm not coping and he needs to watch me.",
        "abuse",
    ),
    (
        "He kicked me in the back while I was bent over the bath washing the kids. Said I was in his way.",
        "abuse",
    ),
    (
        "My boyfriend says I owe him sex because he pays the rent. If I say I'm tired he says I should find somewhere else to live. It's his lease, I've got nowhere.",
        "abuse",
    ),
    (
        "Her kids from her first marriage are allowed anything and my son gets shouted at and locked in his room. When I object she says she'll throw us both out.",
        "abuse",
    ),
    (
        "He listens to my calls to my mother on speaker and hangs up if I speak Tagalog. Says I could be telling her anything.",
        "abuse",
    ),
    (
        "When we row Sam stands very close and talks very quietly and blocks the door. Nothing happens, but I can't leave until they say.",
        "abuse",
    ),
    (
        "he smashed my guitar because I practised while he was on the night shift sleeping. he's done it to my laptop too.",
        "abuse",
    ),
    (
        "My husband controls my medication. He crushes it into food when he thinks I need 'calming down', even when I don't need it.",
        "abuse",
    ),
    (
        "I have to be home by 6 or he locks the gate. Twice I've had to sleep in the car at the end of the driveway.",
        "abuse",
    ),
    (
        "She pulled my hair and dragged me across the lounge because I said her mum could stay somewhere else. I'm so embarrassed writing that.",
        "abuse",
    ),
    (
        "If I don't hand over my phone at night she cries and says I'm cheating and screams until I give in. Now I just hand it over at 9.",
        "abuse",
    ),
    (
        "He tore up the letter from my college offering me a place. Said I'm not going anywhere he can't see me.",
        "abuse",
    ),
    (
        "he calls me a retard when I can't follow what he's saying because of the brain injury. he does it in front of the carers too.",
        "abuse",
    ),
    (
        "he says the in-laws will send me back without my son if I embarrass them again. my mother-in-law took my phone tonight and said I can have it back tomorrow.",
        "abuse",
    ),
    (
        "every night I wait in the truck outside till I see which mood she's in through the window. my heart is going before I even open the door.",
        "abuse",
    ),
    (
        "My partner shoved me off the bed and onto the floor because I was snoring. Hit my head on the side table.",
        "abuse",
    ),
    (
        "He doesn't let me have a key to our own flat. I have to ring the bell and wait until he decides to open.",
        "abuse",
    ),
    (
        "Jo keeps track of every message I send and calls my manager if I'm five minutes late off shift. My manager thinks it's sweet.",
        "abuse",
    ),
    ("He spat in my face tonight. In front of his brother. His brother said nothing.", "abuse"),
    (
        "She uses my epilepsy against me, says she'll tell the court I can't be trusted with the kids and that no one will believe a disabled dad over her.",
        "abuse",
    ),
    (
        "my husband won't let me learn to drive. says I'd only use it to run off. the nearest town is 30 minutes away and there's no bus.",
        "abuse",
    ),
    (
        "Every fortnight when my disability payment comes in he takes the card and gives me twenty quid. It's my money.",
        "abuse",
    ),
    # infidelity
    (
        "Found a second phone in his tool box in the ute. Messages to some woman in town saying he misses her and can't wait till I'm at my mum's again. Dated last week.",
        "infidelity",
    ),
    (
        "My wife's been seeing a guy from her church group. I saw them in his car behind the hall on Wednesday. She still goes every Wednesday.",
        "infidelity",
    ),
    (
        "He's on a dating app while I'm on night shifts. His profile says 'single, no kids'. We have three kids.",
        "infidelity",
    ),
    (
        "While I was on deployment she started something with one of the husbands on base. I'm home now and she's still texting him every night.",
        "infidelity",
    ),
    (
        "Alex has been sleeping with her ex-girlfriend again. She says it's 'just closure' but it's been every Thursday since August.",
        "infidelity",
    ),
    (
        "My husband has another wife back home. His cousin told me. He sends her money every month out of what I earn at the factory.",
        "infidelity",
    ),
    (
        "I'm the one having the affair. Eight months now, with someone from the depot. I go home and cook tea and feel sick.",
        "infidelity",
    ),
    (
        "There's a woman's bracelet in his work jacket and hotel charges in Dubbo on nights he said he was sleeping in the cab. It's still going on, I can feel it.",
        "infidelity",
    ),
    (
        "my partner has been messaging a guy on grindr and meeting him while I'm at dialysis. he knows I can't follow him.",
        "infidelity",
    ),
    ("Found love letters in her Bible. From the worship leader. Dated this month.", "infidelity"),
    (
        "He says he's at the pub but his location says a flat in Salford every Tuesday. He changes his shirt before he goes.",
        "infidelity",
    ),
    (
        "I'm pregnant and he's sleeping with his ex. She messaged me herself to tell me. He's not even denying it, he's just not stopping.",
        "infidelity",
    ),
    (
        "She's been having an affair with the farm manager. They meet in the shearing shed. Everyone on the station knows except me apparently.",
        "infidelity",
    ),
    (
        "Caught Ben on FaceTime at 2am with a guy, saying I love you. He said it's a friend. He locked his phone after.",
        "infidelity",
    ),
    (
        "my wife flies to visit 'her sister' once a month. her sister called me today looking for her.",
        "infidelity",
    ),
    (
        "Her 'book club' is a man called Trevor. I followed her last night, not proud of it, and watched her go into his place. It's been every fortnight since spring.",
        "infidelity",
    ),
    (
        "He has a secret Instagram where he messages women. One of them has been to our house while I was at my chemo.",
        "infidelity",
    ),
    (
        "I've been going to a hotel with a woman from my mum's community. If anyone finds out my family will never speak to me again. I can't stop.",
        "infidelity",
    ),
    (
        "he's been seeing a woman from the choir. I found the texts. they're planning a weekend away for her birthday next month.",
        "infidelity",
    ),
    (
        "My girlfriend kissed her coworker at the christmas do and now they're meeting for 'lunch' three times a week. She comes back smelling of his aftershave.",
        "infidelity",
    ),
    (
        "the new stepmum at school pickup turns out to be sleeping with my husband. the step-kids told my daughter.",
        "infidelity",
    ),
    (
        "While he was on rotation at the mine he set up a whole second relationship. Photos of them at a barbecue. She thinks he's divorced.",
        "infidelity",
    ),
    (
        "Jorge has a girlfriend in the city. He tells me he's working weekends. He isn't, the site is shut on weekends.",
        "infidelity",
    ),
    (
        "She's paying for a flat for a man I've never met out of our joint account. The bank statements go to her email but I saw one.",
        "infidelity",
    ),
    (
        "My partner is non-binary and has a new partner they see secretly. We agreed to be monogamous. They told me last week it's not stopping.",
        "infidelity",
    ),
    (
        "Found condoms in his gym bag. We had the snip after our last. He's been going to the gym at 11pm.",
        "infidelity",
    ),
    (
        "I've been sleeping with my ex-husband on the weekends when the kids go to his. My new husband has no idea.",
        "infidelity",
    ),
    (
        "He's still texting the girl from the night shift. He promised he'd stopped in June. It's November and there are heart emojis.",
        "infidelity",
    ),
    (
        "My wife has been meeting a man from her language class. I read their messages. She tells him she's unhappy with me and can't wait till Friday.",
        "infidelity",
    ),
    (
        "He goes to the mosque for Isha and doesn't come back till 2. His friend let it slip that he's been seeing a widow from the community.",
        "infidelity",
    ),
    # addiction
    (
        "He's drunk every night by 7 now and the farm accounts haven't been touched in months. Found bottles in the hay bales.",
        "addiction",
    ),
    (
        "My wife has gambled away the money I sent home for my mum's surgery. She promised she'd stopped the pokies. She hasn't.",
        "addiction",
    ),
    (
        "Simone is using again. I found foil in the bathroom and she's been 'at a friend's' three nights running. The baby is 4 months.",
        "addiction",
    ),
    (
        "he drinks till he passes out in the chair, every night since he got back from Afghanistan. I take his boots off and put a blanket on him.",
        "addiction",
    ),
    (
        "My husband's hooked on the oxy they gave him after the tractor accident. He's getting it from a bloke in town now the GP stopped prescribing.",
        "addiction",
    ),
    (
        "she bets on the horses on her phone all night while I'm at work. we're three months behind on the rent.",
        "addiction",
    ),
    (
        "He's hiding vodka in the water bottles in the fridge. I only found out because my step-daughter drank from one.",
        "addiction",
    ),
    (
        "Sam's been using meth before his shifts at the warehouse to stay awake. Now he doesn't sleep at all and he's not himself.",
        "addiction",
    ),
    (
        "my partner drinks a bottle of wine before noon. she says it helps with the pain. she's not even taking the pain meds anymore, just the wine.",
        "addiction",
    ),
    (
        "My girlfriend relapsed last week after two years clean. She's back on heroin. I found her on the bathroom floor on Tuesday.",
        "addiction",
    ),
    (
        "He spent our whole tax refund on crypto gambling apps and then told me it was 'invested'. It's gone. He's still doing it every night.",
        "addiction",
    ),
    (
        "My husband is drunk at church on Sundays now. People are starting to notice. He drinks in the car park before the service.",
        "addiction",
    ),
    (
        "She takes my prescription pills. I'm counting them now and they disappear. I need them for my spine and she's taking them to get high.",
        "addiction",
    ),
    (
        "Every payday Kofi goes straight to the bookies. We've had the power cut off twice. He says he's due a win.",
        "addiction",
    ),
    (
        "he smokes weed from when he wakes up to when he goes to sleep and can't hold down a job. I'm paying for everything with two kids.",
        "addiction",
    ),
    (
        "I'm carrying twins and my wife comes home blind drunk three or four nights a week. I'm scared she'll be in that state when I go into labour.",
        "addiction",
    ),
    (
        "He's on the coke every weekend with the lads from the rig. He comes home shaking and skint on Mondays.",
        "addiction",
    ),
    (
        "My husband has been drinking in the milking shed from 4am. The cows are getting missed. He's fallen asleep in the rotary twice.",
        "addiction",
    ),
    (
        "She hides the betting statements in her work bag. I saw one, 8 grand this month on online casinos.",
        "addiction",
    ),
    (
        "Liam's drinking has got worse since the baby. He's never sober after 6. I do the night feeds because he can't wake up.",
        "addiction",
    ),
    (
        "My partner's been using ketamine every weekend and now Wednesday nights too. They're missing work and lying about it.",
        "addiction",
    ),
    (
        "he's back on the pokies at the RSL every night after his shift. he told me he'd stopped. the bank statement says otherwise.",
        "addiction",
    ),
    (
        "She drinks until she blacks out and wakes up not remembering anything she said. Last night she said terrible things to my son.",
        "addiction",
    ),
    (
        "My husband spends his whole pension on scratch cards and lottery. He's 68. I'm paying the bills on my cleaning wage.",
        "addiction",
    ),
    (
        "He's been buying pills off the internet since his back went. Now he's taking them with beer all day.",
        "addiction",
    ),
    (
        "Aaron's been drinking in the barracks every night and now at home too. He's had two warnings at work. He says it's normal in the unit.",
        "addiction",
    ),
    (
        "My girlfriend does lines in the toilet at every family event and thinks no one notices. She's doing it at home now too, during the week.",
        "addiction",
    ),
    (
        "He's sold my grandmother's gold to pay his gambling debts. I found the pawn ticket. He's still betting.",
        "addiction",
    ),
    (
        "every empty bottle in the recycling is hers and there are more every week. she's started drinking in the mornings before the school run.",
        "addiction",
    ),
    (
        "My husband is on a methadone program but he's using on top. I can tell by his eyes. He nodded off holding our daughter.",
        "addiction",
    ),
    # checked_out
    (
        "She told me tonight she doesn't love me anymore and hasn't for a year. She's already looking at rentals near her work.",
        "checked_out",
    ),
    (
        "He's moved into the spare room at his brother's farm. Says he needs 'space' but he's taken his guns and his dog. He's not coming back.",
        "checked_out",
    ),
    (
        "My husband has seen a lawyer about divorce. His family will keep the house and I'll lose my visa. He says it's already decided.",
        "checked_out",
    ),
    (
        "Tonight he said he's done. Not angry, just done. He said he's staying till the end of the school term for the kids.",
        "checked_out",
    ),
    (
        "Sophie wants a divorce. She says she realised she's been pretending since the twins were born.",
        "checked_out",
    ),
    (
        "my wife says she wants to go back to her family in Poland without me. she's already booked a one way ticket for her and the baby.",
        "checked_out",
    ),
    (
        "He told me he doesn't see a future with me and he's moving in with a mate from the base. He won't talk about counselling at all.",
        "checked_out",
    ),
    (
        "Ren said they're leaving. They've signed a lease on a place in Brunswick and they're moving their stuff on Saturday.",
        "checked_out",
    ),
    (
        "He's one foot out the door and won't try. Refuses counselling, refuses the pastor, refuses to even sit with me at dinner. Says it's over in his head.",
        "checked_out",
    ),
    (
        "My partner of twelve years told me she's gay and she's leaving. She's already told the kids.",
        "checked_out",
    ),
    (
        "He's been looking at flats in town. I saw the tabs open. When I asked he said he's been meaning to tell me he wants out.",
        "checked_out",
    ),
    (
        "Jenna moved out while I was on night shifts this week. Came home to half the house empty and a note.",
        "checked_out",
    ),
    (
        "My husband said he stayed for my illness but he can't do it anymore. He's going to hire a carer and leave.",
        "checked_out",
    ),
    (
        "She said she wants a divorce and she's already spoken to the elders at the church to get their blessing for it.",
        "checked_out",
    ),
    (
        "he says when I get my citizenship he'll be done with me. now that it's come through he's packing.",
        "checked_out",
    ),
    (
        "Dan's been to see a solicitor. He left the letter on the table so I'd see it. He says we'll sell the farm and split it.",
        "checked_out",
    ),
    (
        "My wife told me she's been unhappy since I came home from the Army and she wants a separation. She's not interested in any help.",
        "checked_out",
    ),
    (
        "He told me tonight he doesn't love me anymore, he just loves the kids. And the step-kids, he says, were never his problem.",
        "checked_out",
    ),
    (
        "She said we're done and she's applying for a transfer to the Brisbane depot so she doesn't have to see me.",
        "checked_out",
    ),
    (
        "My partner told me they've met with a mediator to sort out the house and the cat. I didn't even know they'd decided.",
        "checked_out",
    ),
    (
        "Tom says he doesn't want to be married anymore and he's going back to the UK when his contract ends in March. Just him.",
        "checked_out",
    ),
    (
        "She's already filed. I got served at the school gate in front of the other parents.",
        "checked_out",
    ),
    (
        "He said he only married me for the kids and they're grown now so he's leaving. He's found a flat by the river.",
        "checked_out",
    ),
    (
        "My husband has decided to go back home to Ghana and says I can follow or not, he doesn't mind which. He means not.",
        "checked_out",
    ),
    (
        "She moved out on Sunday and took the baby to her mum's. She says she's not coming back and I should stop calling.",
        "checked_out",
    ),
    (
        "Ahmed says he wants to divorce and marry someone his parents choose. He's already told them.",
        "checked_out",
    ),
    (
        "my wife says she's 'checked out' and has been for ages and that there's nothing I can say. she just wants to be friends for the kids.",
        "checked_out",
    ),
    (
        "He's packed a bag and is staying in the caravan on the back paddock. Says it's temporary but he's taken the telly and his good boots.",
        "checked_out",
    ),
    (
        "My girlfriend said it's over and she's not changing her mind. She's already changed her relationship status and told her family.",
        "checked_out",
    ),
    (
        "He told me when the baby is six months he's leaving. He's picked a date. He says he's being 'fair'.",
        "checked_out",
    ),
]

ORDINARY = [
    "Another night shift done and Kerry's already asleep when I get in. We haven't had a proper conversation since Tuesday. I miss her even though she's right there.",
    "My wife won't go to counselling. She says it's for people with real problems. I think we have real problems, they're just quiet ones.",
    "Argued with Priya about how much we send to her parents every month. I get it, family is family, but we're behind on the car loan too.",
    "Lambing season and I've had about four hours sleep in three days. Tom and I only speak to pass on which ewe needs checking. It's not unkind, it's just all there is.",
    "His mother has been living with us for six weeks now and I feel like a guest in my own kitchen. He doesn't see it.",
    "I'm a dad on paternity leave and everyone at the playgroup talks to me like I'm babysitting. Came home and told Emma and she laughed. I wanted her to be annoyed for me.",
    "We had a stupid fight about the dishwasher again. I load it wrong apparently. I went and sat in the car for ten minutes just to breathe.",
    "Deployment starts in three weeks and Mike is already half gone in his head. I keep trying to talk about the kids' schedules and he keeps changing the subject.",
    "My partner is non-binary and my dad still uses the wrong name at every family dinner. They were really hurt tonight and I didn't say anything. I should have.",
    "Being in the wheelchair means Ali does more of the housework and I can feel him resenting it even though he'd never say so. I resent that I can't help more.",
    "The farm's not making money and Steve won't talk about selling. Every time I bring up the numbers he goes out to the shed.",
    "The baby won't sleep and neither will we. Luis snapped at me about the bottles and I cried in the laundry. We made up but I'm still so tired.",
    "I moved here for Ravi and I still don't have a single friend of my own. He's got work friends and cricket. I've got him. Tonight that felt lonely.",
    "his kids come every other weekend and it's like he becomes a different person, all fun and no rules, and I'm the wicked stepmother. I don't know how to fix that.",
    "We haven't had sex in five months. Not a fight about it, just nothing. Neither of us brings it up.",
    "She went to her sister's for the weekend and I realised I was relieved to have the house quiet. Then I felt guilty for being relieved.",
    "The church ladies keep asking when we're having another baby. Dan says to ignore them. He doesn't have to sit with them every Sunday after service.",
    "My hearing's got worse and Kevin gets impatient repeating himself. He doesn't mean to sigh like that but I hear the sigh fine.",
    "We drove two hours into town for the specialist and he didn't say a word the whole way back. I don't think he's angry, I think he's scared. So am I.",
    "I work nights at the plant and she works days at the school and we're basically flatmates who share a kid.",
    "My husband's family wants us at every festival and every wedding and I'm so tired. I said I wanted to skip one and he looked at me like I'd insulted his mother.",
    "No signal again out here since the storm took the tower. I feel cut off from everyone, including Jack, who's right here reading the paper.",
    "Asked Carmen again about seeing a couples counsellor. She said she'd think about it, which means no.",
    "Being pregnant at 41 is hard and Mark keeps comparing it to his ex's pregnancies. I know he's trying to be helpful.",
    "Ben's started a new job in the city and comes home wrecked. I try to tell him about my day and he falls asleep mid-sentence.",
    "We're a same-sex couple in a small town and the stares at the pub got to me tonight. Nic says ignore them. I wish I could.",
    "My visa paperwork costs more than we have and Jamal's been doing overtime to cover it. I hate feeling like a cost.",
    "Money fight again. He wants a new quad bike, I want to fix the roof. We both went to bed angry.",
    "The step-kids called their mum while at ours and said they missed her. I know that's normal. It still stung.",
    "My chronic fatigue is bad this week and I cancelled on Lisa's parents again. She was nice about it but I could tell she was disappointed.",
    "I love my wife but I'm bored. Same dinner, same shows, same conversation about the kids' school. I don't know what to do with that.",
    "He's been moody since the harvest failed. Not mean, just closed off. I bring him tea and he nods.",
    "I keep crying in the car after work. Nothing's wrong exactly. It's just a lot.",
    "We argue about religion now. I've stopped going to the temple and Amit thinks I'm drifting from him as well. I'm not, I'm just drifting from the temple.",
    "Sent half my wages home to mum again this month and Ellie says we can't afford a holiday. She's right. I still feel like she doesn't get it.",
    "He refuses to do therapy. Says he'll just 'try harder'. He tried harder for a week.",
    "Her ex-husband rang about the kids' holidays and she spent an hour on the phone with him. I was jealous, which is stupid, it's about the kids.",
    "The carers come at 8 and 6 and in between it's me and Dave and the telly. I love him but I'm so bored and so is he.",
    "She said I never listen. I said I listen all the time. We both went quiet. I think we were both right.",
    "I've been home from the army six months and still can't sleep right. Jo's patient but I can see she's getting tired of me waking her.",
    "My mother-in-law criticised my cooking in Punjabi thinking I wouldn't understand. I understood. Raj didn't defend me. We had words in the car.",
    "Wedding anniversary tomorrow and he's forgotten again. Fifteen years. I'm not going to remind him this time.",
    "Kids were feral tonight, Col was working late, and I ate cereal standing up at 10pm. Not a crisis, just a night.",
    "Feel like we're roommates who share a mortgage. Neither of us is unhappy enough to do anything.",
    "My wife's better at everything on the farm than me and I've started to feel useless. She doesn't say it. I feel it anyway.",
    "We fought about whose turn it was to get up with the baby. It was mine. I still argued.",
    "Lin's parents don't know we're together. We're 'roommates' at Lunar New Year again. I understand why but it hurts every year.",
    "Told Marcus I feel invisible since my diagnosis. He said he's trying his best. I believe him. I still feel invisible.",
    "Shift change next month means I'll never see the kids awake on weekdays. Sophie and I sat at the kitchen table till midnight going over it.",
    "I'm lonely in this marriage. It's nobody's fault, we've just grown in different directions.",
    "Had a blazing row about my brother borrowing money again. Kwame says family helps family. I say not every time.",
    "It's been raining for three weeks and we're both going stir crazy in the house. Even the dog is sick of us.",
    "He wants to move back to Ireland to be near his mum. I've built my whole life here. We keep circling it and not landing.",
    "My step-son told me I'm not his real dad tonight. He's twelve. I know he didn't mean it like that. Still went and sat in the shed for a bit.",
    "We haven't been on a date since the twins were born and they're three now. I booked one for Saturday. Fingers crossed.",
    "I'm the only one who ever initiates anything, talks, plans, sex, holidays. I'm tired of being the engine.",
    "She never asks about my work. I asked about hers tonight and she talked for an hour and then went to bed.",
    "The pastor's wife keeps offering marriage advice we didn't ask for. Jake finds it funny. I don't.",
    "Got my partner visa approved today. We celebrated, then had a fight about where to hang the certificate. Typical us.",
    "His PTSD means loud noises are hard and the kids are loud. I'm always shushing them and I'm exhausted.",
    "Felt like a single parent again this week with him on the rig. Two more weeks. Counting.",
    "We argued about the vaccination schedule. My in-laws have opinions. Everyone has opinions. I just want to sleep.",
    "I cried at the GP today about how tired I am. She asked about home and I said it's fine, it's just a lot.",
    "Tried to bring up our finances calmly and ended up shouting. I apologised. He went quiet and watched the footy.",
    "Our 20th anniversary and I'm not sure I even like him anymore. I'm not leaving, I just wish we talked.",
    "Clara keeps saying she's too busy for therapy. She's not too busy for her book club.",
    "Eid at his family's was twelve hours of being talked over. He says I'm too sensitive. Maybe I am.",
    "The drought has us both on edge. He snaps, I snap, we apologise. Repeat.",
    "Jo's parents are visiting from Melbourne for a month. A month. I love them but I need a door that locks.",
    "He forgets to take his meds and then gets grumpy and blames me for not reminding him. I'm his wife not his nurse.",
    "Our son came out to us tonight. I was fine. Pete was quiet. We talked in bed afterwards and he's okay, just slow to process. I'm proud of both of them.",
    "We haven't laughed together in ages. I made a joke at dinner and he smiled, a bit. I'll take it.",
    "I hate the way we talk about money. It's like a negotiation with a landlord.",
    "She spent the evening on her phone scrolling and I spent it on mine. Side by side on the couch, miles apart.",
    "I'm on nights and he's on days and we leave each other notes on the fridge. Tonight's note just said 'bins'.",
    "My wife wants a third baby and I don't. We both know neither of us is going to budge.",
    "Came out to my parents at 45. Greg held my hand the whole time. Dad hasn't called since. Hard week.",
    "The kids' school called about my stepdaughter's behaviour and Sarah said I'm overreacting. I'm the one who went to the meeting.",
    "Been married eight years and I still feel like I'm auditioning for his family.",
    "Our first winter in Canada. The dark at 4pm is getting to both of us. Babajide bought a lamp for the kitchen. It helped a bit.",
    "He won't talk about the miscarriage. I need to. He just says 'it happens' and goes to work.",
    "Tonight I realised I've been angry at him for something he said two years ago and never told him. Not sure what to do with that.",
    "My back's bad and I can't lift the baby and Chris has to do everything. He's lovely about it. I still feel like a burden.",
    "Every conversation turns into a list of jobs. The calf shed, the vet bill, the kids' shoes. When did we last talk about anything else?",
    "We had a good day, actually. Walked to the river with the kids. Then we got home and fell back into the old silence.",
    "I'm sick of being the one who apologises first. Tonight I didn't. We've gone to bed not speaking.",
    "My partner's transition has been a lot for both of us. We're okay. I just don't know what to call us anymore and neither do they.",
    "His brother's wedding in Lagos next month and we can't afford the flights. He's upset and I'm upset that he's upset.",
    "She wants to homeschool, I want them in the local school. We've argued about it for a month.",
    "My job at the mine means two weeks on, one off, and the off week we just fight about the on weeks.",
    "I wish she'd notice when I'm struggling without me having to spell it out. I know that's not fair.",
    "We're in couples counselling (well, I am, he won't come). The counsellor said I can only change my part. Annoying but true.",
    "He says I nag. I say I remind. We're both right and both fed up.",
    "Went to bed at 9 to avoid another argument about Christmas at whose parents' house. That's where we're at.",
    "My diabetes means I have to plan everything around food and Owen's sick of it. So am I honestly.",
    "Had a lovely chat with Aoife's gran on the phone tonight. Made me realise I never talk to Aoife like that anymore.",
    "The other officers' wives all seem to know each other. I'm still the new one after two years here.",
    "Fought about his gaming. He plays a couple of hours after the kids are in bed. I don't mind the gaming, I mind not being asked to do anything with him.",
    "Blended family christmas plan is a spreadsheet. Four sets of grandparents. I'm crying into the spreadsheet.",
    "I'm a man who cries easily and my wife finds it awkward. I cried at the school concert and she squeezed my hand but looked away.",
    "We agreed to stop fighting in front of the kids. Now we just don't talk in front of them. Not sure that's better.",
    "Tried to explain my anxiety to Huong again tonight. She listened but I don't think she gets it. Love her anyway.",
    "Sunday dinners with his parents have become a test I keep failing.",
    "I want to go back to work after the baby and he wants me home. We've argued about it calmly about six times.",
    "Another quiet night. He reads, I journal. Sometimes quiet is nice. Tonight it felt heavy.",
    "He doesn't help with my mum's care and she lives with us. I'm tired and a bit bitter about it.",
    "Went to the mosque women's group for the first time. It was nice. Came home and couldn't explain why to Yusuf, who seemed hurt I went without him.",
    "We're broke till the harvest cheque. I've stopped buying anything that isn't food. He bought a new hat and I nearly lost it.",
    "Sleep regression week two. Neither of us has been kind. Both of us have been trying.",
    "I'm the only Black family at this school and the step-kids are white and the looks at pick-up get to me. Kate doesn't always notice.",
]

TRICKY = [
    # self_harm look-alikes
    "This harvest is killing me. Sixteen hour days and the header broke twice. If I see one more bearing I'll lie down in the paddock and let the crows have me.",
    "I'm not going to hurt myself, I want that written down for future me. I was low last month but I've got the GP appointment and the counsellor and I'm doing alright.",
    "Years ago, before I came out, I used to cut. I haven't in eleven years. The scars itched tonight and it made me think about how far I've come.",
    "My brother-in-law took his own life last spring and the whole family is still in it. Jess cried about him at dinner. I held her hand.",
    "Watched a documentary about veterans and suicide tonight and couldn't sleep after. I'm okay, I just keep thinking about the lads I served with.",
    "Dying of embarrassment. Called the pastor 'mum' in front of the whole congregation.",
    "Went through the will with the solicitor today because we've just had the baby and it's the responsible thing. Weird to think about but good to have done.",
    "Giving away all the baby clothes now the youngest is three. Felt sad, not in a bad way, just the end of that bit.",
    "I could happily sleep for a week after these night shifts. Not in a dark way, in a 'my body is a wreck' way.",
    "Took my tablets for the arthritis and counted out the week's pill organiser. Nurse said I'm doing well staying on top of them.",
    "Cut myself chopping onions for the curry, bled all over the board. Pav laughed at me and put a plaster on it.",
    "My friend from the refugee support group told me she used to want to die when she first arrived. She's doing better now. I'm glad she told me.",
    "If the bank takes the farm I'll want to crawl into a hole. But we'll manage. We always do.",
    "I burned my hand on the Aga again, third time this month. Need oven gloves that actually fit.",
    "Honestly wouldn't mind disappearing to a beach for a week without the kids. Which makes me a normal tired parent I think.",
    "Bought rope for the new calf halters today. Frank says I bought the wrong thickness. Back to the farm shop tomorrow.",
    "I used to think everyone would be better off without me, back when I was 19. I'm 40 now and I know that was the depression talking. It's not true and I don't feel that now.",
    "The rifle's locked in the cabinet, the key is with my brother since the hard winter two years ago. I don't feel like that anymore but it's good to have it sorted.",
    "My wife keeps joking she'll throw herself off the roof if the kids ask for one more snack. She's laughing when she says it and then she goes and makes the snack.",
    "I've been writing letters to my kids for when they turn eighteen, a thing from a parenting book. Tonight's was about the day they were born. It made me happy.",
    # danger look-alikes
    "Choked on a bit of lamb at Sunday lunch and Mo had to slap my back. Everyone was more worried about the gravy.",
    "The GPS collar on the dog finally came, no more searching the back paddocks at midnight for him.",
    "We keep the shotgun for the foxes and it's in the locked cabinet with the ammunition separate. Kevin's never once pointed it at anything but a fox.",
    "He's never laid a hand on me, never threatened me. He's just sad and distant and I don't know how to reach him.",
    "We share locations on our phones because I drive home from the hospital at 3am on back roads. It was my idea and either of us can turn it off.",
    "Sharpening all the kitchen knives tonight for the big Diwali cook tomorrow. Aman does the onions, I do everything else.",
    "My sister's ex stalked her for a year after they split. She's fine now, he's got a restraining order. It made me grateful for Jon, who'd never.",
    "Pregnant and so happy. Ollie puts his hand on the bump every night and talks to the baby about footy.",
    "Sam said he'd kill me if I ate the last slice of his birthday cake. I ate it. He laughed and said he'd get me back.",
    "My husband goes shooting on Saturdays with his dad, just clays. He's careful with it and it's the happiest I see him all week.",
    "The baby grabbed my throat with his tiny fingers while feeding and I nearly cried at how strong he is.",
    "The boys were play-wrestling in the lounge and Dad put one of them in a 'headlock' and they all collapsed laughing.",
    "Watched a crime drama where the husband tracks the wife's car. Sat there thinking thank god Joel can't even work the telly remote.",
    "If I leave for my night course twice a week he'll have to cook. That's his biggest fear, he said, and then he made a terrible lasagne.",
    "He worked a knife on the old fence posts all afternoon and came in covered in splinters. I picked them out with tweezers.",
    "I had a nightmare that someone was following me home from the late shift. Woke up and Gemma was snoring next to me. Just a dream.",
    "Our neighbour's husband threatened her with a knife last year and she got out. I sometimes think about how lucky I am that Marcus is soft as anything.",
    "Kelly said if I leave the porch light on one more night she'll kill me. Then she kissed the top of my head and switched it off herself.",
    "She says she could murder a curry. We got a takeaway and watched rubbish telly.",
    "Tracking the baby's sleep in an app. Feeding times, nappies, everything. Chris says I'm obsessed. He's probably right.",
    # abuse look-alikes
    "We both have each other's phone passwords because we just never bothered to hide anything. I've never read his messages and he's never read mine.",
    "I made a budget and asked Jo to stick to it this month because we're saving for the IVF. We agreed it together and she can spend whatever she needs.",
    "My dad used to hit my mum when I was a kid. My husband is nothing like that, and tonight when I had a flashback he just held me.",
    "He pushed me in the swing at the park like we were kids. Best afternoon in ages.",
    "My wife threw a pillow at me for snoring. I deserved it.",
    "I'm the one who lost my temper tonight. I shouted at Alex about the washing and slammed the cupboard. Apologised after. Not proud of it.",
    "My husband's in charge of the money because I'm hopeless with it. I asked for this. I've got my own card and he never questions it.",
    "We decided together that I'd stay home with the twins for a year. Some days I miss work but it was our choice.",
    "My friend Tasha's girlfriend checks her phone every night and won't let her see her family. I'm worried about Tasha. Told her I'm here.",
    "He gets grumpy and goes silent for an hour when he's tired. Then he comes and apologises. It's just how he processes.",
    "Rafi looked after my meds for a bit after the surgery because I was so out of it. I've got them back now and I'm managing them myself.",
    "Years ago in my first marriage I wasn't allowed to go anywhere without him. Leaving was the best thing I ever did. Jamie couldn't be more different.",
    "He wanted me to wear the blue dress to his work do. I wore the green one. He said I looked great anyway.",
    "She called me an idiot for leaving the gate open and the sheep got out. I am an idiot. We laughed about it after we got them back.",
    "Sometimes I feel like I'm walking on eggshells with the kids' mum during handovers. She's not my partner, thank god, we just share the kids.",
    "The wheelchair was at the repair shop for three days so I was stuck inside. Chris brought me coffee and a book every morning.",
    "My hearing aid battery died during dinner at his mum's and nobody noticed I'd gone quiet. Next time I'll bring spares.",
    "We both keep our passports in the safe because the house was broken into last year. I've got the code, he's got the code.",
    "I'm scared of flying and my wife booked us a holiday anyway. She held my hand the whole way there. Still scared.",
    "His mum lives with us and she's bossy about the kitchen but she's kind to me and the kids. Just a clash of cooks.",
    # infidelity look-alikes
    "I had a bit of a crush on someone at the gym. Nothing happened and it's faded. Felt silly tonight writing it down.",
    "What if he's meeting someone on these long trips out west? I've no reason to think so. It's just 2am brain.",
    "He cheated once, twelve years ago, before the kids. We worked through it with a counsellor and it's genuinely behind us now.",
    "Looked through Darren's phone tonight while he was in the shower. Nothing there except group chats about footy. I feel a bit ashamed I looked.",
    "My best friend's husband has been having an affair with a woman from his work. She found out this week. I've been on the phone with her all night.",
    "Her ex messaged to ask about the kids' school photos. She showed me the whole chat. Perfectly civil.",
    "Watched a show where the wife has a secret second family. Sat there thinking Raj can barely keep track of one family.",
    "We have an open relationship and we both know about each other's other partners. It's boring to everyone but us. Tonight we just ate pasta.",
    "Found a lipstick in the car and panicked, then realised it was mine from Shauna's wedding. Need to clean the car.",
    "He's been texting a lot lately and smiling at his phone. Asked him and it's a group chat with his old army mates planning a reunion. I got to see the photos.",
    "I dreamt my wife left me for her personal trainer. Woke up and she'd brought me tea. She doesn't have a personal trainer.",
    "My parents' marriage ended because Dad had an affair. I worry about it sometimes but Ife is nothing like him.",
    "He's on a dating app, but it's the one for making friends in a new city. We set it up together after the move.",
    "I had an emotional affair with a colleague three years ago and ended it. I told Martin. We've rebuilt. Tonight was just a normal nice night.",
    "My mother-in-law insists my husband's first wife was better. She's not sneaky about it, she says it at Eid.",
    "Two phones on the kitchen counter, one's his work phone for the mine. He leaves both unlocked.",
    "My sister's girlfriend has been cheating on her for months. I'm furious on her behalf and I can't sleep.",
    "Tom's always texting his ex about the kids. I used to be jealous. Now I'm glad they get on.",
    "Messages from a woman on his phone. It's his cousin organising the funeral back in Accra. I feel daft for the jump in my stomach.",
    "What if after the baby he doesn't find me attractive and goes looking elsewhere? I know I'm being anxious. He's been lovely.",
    # addiction look-alikes
    "I've been drinking a glass of wine every night since the move. Should probably cut back. He doesn't say anything but I know it's creeping up.",
    "He was an alcoholic in his twenties and has been sober 15 years. Tonight we went to his AA anniversary and I cried with pride.",
    "I'm addicted to that baking show. Watched four episodes tonight instead of sleeping.",
    "The stockman at the next station drinks himself stupid every weekend. Poor Beth, his wife. I'm so glad Rob's only drink is tea.",
    "We had a few beers at the shearers' barbecue. First time in months. Good night, home by ten.",
    "My dad was a gambler and lost our house when I was a kid. It's why I'm so careful with money now. Leo doesn't even buy lottery tickets.",
    "I do the pools every week, two quid, have done since I was twenty. Noreen says it's my one vice.",
    "He's on strong painkillers since the accident, prescribed, and the GP is tapering him off slowly. He takes them exactly as the label says.",
    "My wife's brother is on the gear and it's destroying their family. She's been on the phone to her mum crying.",
    "Nadia was giggling on the gas and air in labour saying she could get used to this stuff. Baby girl arrived at 3am, all of us in bits.",
    "I smoke a cigarette out the back after night shift. My one a day. I know, I know.",
    "He had a problem with the pokies when we first met but he got help and hasn't gambled in eight years. We still check the accounts together because he asked me to.",
    "We opened a bottle of champagne for our anniversary and he fell asleep on the couch after two glasses. Lightweight.",
    "Watching a show about opioid addiction in rural towns. It's scary how close to home it is. Glad our house isn't like that.",
    "I'm hooked on sugar since the pregnancy. Ate a whole packet of Tim Tams. Jake had two and I judged him.",
    "My father-in-law drinks too much at every family party. My wife hates it and rarely drinks herself because of it.",
    "Betting on the footy with the lads, five bucks each, winner buys pizza. Lost again.",
    "Kris went to a work do and had a few. Came home tipsy and sang to the baby. It was sweet.",
    "My own coffee habit is getting out of hand, five cups to get through the night shift.",
    "My husband goes to his meetings every Tuesday. Six years clean. I drove him tonight because the car's in the shop.",
    # checked_out look-alikes
    "He said 'I'm done' tonight, meaning done with the fencing for the day. Then we had tea and watched the cricket.",
    "My parents are divorcing after 40 years. Mum told me tonight. I'm heartbroken for them. Ash held me while I cried.",
    "We're moving house, not splitting up, just moving to be closer to the hospital for my treatment. Packing boxes till midnight.",
    "She said she doesn't love the house anymore and wants to move to the coast. Together, thank god. Took me a second.",
    "Sometimes I worry he'll get fed up with my illness and leave. He hasn't said anything like that. It's my fear not his.",
    "He's staying at his mum's for a week because she's had a hip operation. He rings every night and the kids miss him.",
    "Looking at flats with Dev tonight, for his daughter who's starting uni. Rents are insane.",
    "My best mate's wife told him she wants a divorce. He's gutted. I had him over and we sat in the shed with a beer and didn't say much.",
    "We talked about what we'd do if we ever split up, like grown-ups, for the kids' sake. Then agreed we're not going to.",
    "She's moved out of our bed into the spare room because of my snoring. Not personal, she said, just survival.",
    "He's away on a six month deployment. It's hard but he FaceTimes when he can and counts the days with the kids.",
    "We saw a lawyer together today to update our wills and set up guardianship for the kids. Very grown up.",
    "I keep thinking what if she decides she's done with me? She hasn't said anything. I just get in my head at night.",
    "My ex-husband moved on years ago and remarried, we get on fine now. Tonight was his daughter's birthday and we all went.",
    "My wife told me she's 'over it' - meaning the renovation. Same, love.",
    "We spent the night apart, me at my sister's after the late shift because of the snow. Missed him.",
    "His contract ends in March and he's going back to Ireland for a month to see his mum. I'm going in April to join him.",
    "He said he wants a break. A holiday. Just us, no kids. We booked Fiji.",
    "Our divorce was finalised three years ago and we co-parent well. Tonight we did the school play together. Proud of us.",
    "He told the kids he's leaving... for the night shift at 10. They cried because they wanted one more story.",
]
