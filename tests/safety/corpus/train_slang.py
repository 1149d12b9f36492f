"""Training examples, slang, written by a helper on 2026-11-22.

Voice "slang": younger writers (18-30) typing in 2026 internet register (lowkey, ngl, fr, unalive,
sewerslide, the ick, situationship, "he's giving controlling"), text-speak and the odd emoji,
described screenshots, and therapy-speak used both accurately and loosely for small annoyances.
"""

POSITIVES = [
    # self_harm
    (
        "ngl i dont want to be here anymore. not in a dramatic way just like. done. if i didnt wake up tmr id be fine with that",
        "self_harm",
    ),
    (
        "lowkey been thinking about unaliving myself again. its been like 3 nights in a row now and the thoughts are getting louder",
        "self_harm",
    ),
    (
        "sewerslide thoughts are back and theyre not intrusive anymore, theyre kind of comforting which is the scary part",
        "self_harm",
    ),
    (
        "relapsed on sh tonight after 4 months clean. used the sharpener blade again. idk why i even bother with streaks",
        "self_harm",
    ),
    (
        "i said kms as a joke for years but tonight its not a joke fr. i looked up how many of my pills it would take",
        "self_harm",
    ),
    (
        "been saving my sertraline instead of taking it. theres like 2 months worth in the shoebox now. not telling anyone",
        "self_harm",
    ),
    (
        "everyone would genuinely be better off without me. jo would get the flat, my mum wouldnt have to worry, the group chat would move on in a week",
        "self_harm",
    ),
    ("if a car hit me on the walk home tonight i think id just be relieved tbh 🫠", "self_harm"),
    (
        "wrote letters to my sister and to priya and put them in my desk drawer. felt weirdly calm after. i know what that means",
        "self_harm",
    ),
    (
        "gave my switch and all my games to my little cousin today and he was so happy. i just wanted someone to have them after",
        "self_harm",
    ),
    (
        "drove past the bridge on the way back from his place and slowed right down. thought about it for real. kept driving but only just",
        "self_harm",
    ),
    (
        "the way i keep googling painless ways at 2am and then clearing my history so nobody sees. this isnt normal is it",
        "self_harm",
    ),
    (
        "burned my arm with a lighter after the fight bc i needed to feel something else. its blistering now",
        "self_harm",
    ),
    (
        "i punched the wall until my knuckles split and then kept going on my own leg. i deserve it tbh",
        "self_harm",
    ),
    (
        "not me sorting out my passwords and writing down who gets my cat. im being so calm about it which is lowkey terrifying",
        "self_harm",
    ),
    (
        "i want to disappear. like not run away. just stop existing. i dont see a version of next year where im in it",
        "self_harm",
    ),
    ("tw sh. i cut again. deeper than before. cleaned it up myself, didnt tell kwame", "self_harm"),
    (
        "idk how much longer i can do this fr. i have a plan now and that never used to be the case",
        "self_harm",
    ),
    ("bought rope today and told myself its for the tent. its not for the tent", "self_harm"),
    (
        "keep thinking about stepping out in front of the 46 bus. it would be so quick. i hate that it sounds nice",
        "self_harm",
    ),
    (
        "ctb thoughts all day. i keep picturing everyone at the funeral and honestly they seem fine without me",
        "self_harm",
    ),
    (
        "i told tomás i was 'tired' but what i mean is i dont want to wake up. every morning is a disappointment that i did",
        "self_harm",
    ),
    (
        "deleted all my socials and gave away my plants. told my housemate im just decluttering. im not",
        "self_harm",
    ),
    (
        "it hit me tonight that i genuinely wouldnt mind dying. like if the plane went down on the way home id be at peace",
        "self_harm",
    ),
    (
        "scratched my arms raw in the shower again till they bled. thats 3 times this week",
        "self_harm",
    ),
    (
        "i keep hitting myself in the head when i mess up. did it so hard tonight i saw stars. sam heard and didnt even ask",
        "self_harm",
    ),
    (
        "lowk been planning it. picked a date. after my sisters birthday so i dont ruin it for her",
        "self_harm",
    ),
    (
        "wish i could just go to sleep and not come back. not being dramatic. thats just the thought every night now",
        "self_harm",
    ),
    (
        "looked at the paracetamol in the cupboard for like 20 minutes tonight. put it back. next time idk",
        "self_harm",
    ),
    (
        "no bc why am i researching how long it takes for someone to be found. im not ok chat",
        "self_harm",
    ),
    (
        "the unalive thoughts have gone from background noise to actual plans. i think i need to tell someone but who",
        "self_harm",
    ),
    (
        "started a draft text to my mum that starts with 'im sorry'. its been sitting in my notes app for 3 days",
        "self_harm",
    ),
    (
        "im such a burden. aoife literally has to manage me like a child. she deserves someone who isnt a whole project. better if i wasnt here",
        "self_harm",
    ),
    (
        "i sat on the edge of the bath with the razor for an hour. didnt do anything but i really wanted to",
        "self_harm",
    ),
    (
        "when he said he was leaving all i could think was good, now i can finally kill myself without hurting anyone",
        {"self_harm", "checked_out"},
    ),
    (
        "bed rotting for 9 days and the only thing i think about is how to make it permanent 🙃",
        "self_harm",
    ),
    (
        "stood on the edge at the car park roof for a while tonight. security guard walked past and i pretended i was on my phone",
        "self_harm",
    ),
    (
        "ngl the thought of not being alive is the only thing that calms me down anymore. is that insane",
        "self_harm",
    ),
    (
        "got the kitchen knife out after everyone was asleep and pressed it on my wrist. didnt break the skin. i will next time",
        "self_harm",
    ),
    (
        "i went back to sh tonight. its the only thing that shuts my brain up after we fight",
        "self_harm",
    ),
    (
        "i keep thinking about swerving into the barrier on the motorway. today my hands actually moved the wheel a bit",
        "self_harm",
    ),
    (
        "honestly the world would be better with one less me in it. not a cry for help just maths",
        "self_harm",
    ),
    (
        "made a playlist for my funeral lol. except its not lol. i picked the songs very carefully",
        "self_harm",
    ),
    (
        "my meds are in a pile on the bedside table and im just staring at them. its 3am and nobodys awake",
        "self_harm",
    ),
    (
        "i dont want to kill myself exactly i just want to stop. stop feeling, stop being. is that the same thing? prob yeah",
        "self_harm",
    ),
    (
        "starved myself all week as punishment for being annoying to him. fainted at work today. i feel like i deserve it",
        "self_harm",
    ),
    (
        "cut on my thighs this time so nobody sees at the gym. been doing it every night since mark stopped talking to me",
        "self_harm",
    ),
    (
        "told my bestie i was fine and then went home and wrote my will on a google doc. shared it with nobody",
        "self_harm",
    ),
    (
        "istg i'm kinda hoping the cancer scan comes back bad. then it wouldnt be my fault",
        "self_harm",
    ),
    (
        "the voice that says unalive yourself isnt even mean anymore its just matter of fact. like a to do list item",
        "self_harm",
    ),
    (
        "took more than i should have tonight on purpose. not enough i think. feel sick. dont want to call anyone",
        "self_harm",
    ),
    (
        "every time i cross the tracks at the station i do the maths on when the next train comes. today i stood there way too long",
        "self_harm",
    ),
    (
        "i deadass dont see the point of being alive. lin keeps saying it gets better but i dont believe it for me",
        "self_harm",
    ),
    (
        "gave my hoodie collection to my best mate and told her i was doing a clear out. she said i was being weird. i am",
        "self_harm",
    ),
    (
        "mum rang and i told her i love her in this really final way. she didnt notice. i did",
        "self_harm",
    ),
    (
        "i keep fantasising about an accident. nothing painful just. gone. and no one could blame me",
        "self_harm",
    ),
    (
        "the only reason im still here is my dog and hes 14. i dont know what happens after him and that scares me",
        "self_harm",
    ),
    (
        "tonight i bit my arm so hard it bruised purple bc i couldnt stop screaming inside. its become a thing i do",
        "self_harm",
    ),
    (
        "been on the reddit forums about methods again. i told myself just reading. i bookmarked one",
        "self_harm",
    ),
    (
        "literally no one would notice if i was gone for like a week. maybe thats when i do it",
        "self_harm",
    ),
    # danger
    (
        "he put his hands round my neck tonight during the argument. only for a few seconds but i couldnt breathe and his eyes were so blank",
        {"danger", "abuse"},
    ),
    (
        "found an airtag sewn into the lining of my gym bag. i never bought an airtag. jayden is the only one who touches that bag",
        {"danger", "abuse"},
    ),
    (
        "she held the bread knife up while she was screaming and said next time she wont just wave it. i slept in the car",
        {"danger", "abuse"},
    ),
    (
        "he said if i leave hell kill me and then himself. he said it so calmly. i genuinely believe him",
        {"danger", "abuse"},
    ),
    (
        "choked me in bed and said it was a joke. i have fingermarks on my neck and had to wear a turtleneck to work",
        {"danger", "abuse"},
    ),
    (
        "the way he turns up everywhere im at. my work, my gym, the pub with the girls. hes not even invited he just knows",
        {"danger", "abuse"},
    ),
    (
        "tomás keeps his gun in the bedside drawer and tonight he opened it while we were fighting and just looked at me. didnt take it out. didnt need to",
        {"danger", "abuse"},
    ),
    (
        "im 6 months pregnant and he shoved me into the counter. belly first. he said i made him do it",
        {"danger", "abuse"},
    ),
    (
        "he made me put life360 on my phone and if i turn location off he rings me 30 times and then drives to wherever i last was",
        {"danger", "abuse"},
    ),
    (
        "he told me if i ever take the kids he will make sure i never see them again and then said 'you know what i mean'. i do know what he means",
        {"danger", "abuse"},
    ),
    (
        "its getting worse. first it was shoving, then a slap, last night he punched me in the ribs. every time its a bit more",
        {"danger", "abuse"},
    ),
    (
        "sam said he would rather see me dead than with someone else. he wasnt crying or drunk he was just stating it",
        {"danger", "abuse"},
    ),
    (
        "i think she could actually kill me one day. i say that and then feel dramatic but the way she looked at me with the scissors tonight",
        {"danger", "abuse"},
    ),
    (
        "if i leave him idk what he'll do. last time i packed a bag he smashed my phone and blocked the door for 4 hours",
        {"danger", "abuse"},
    ),
    (
        "he grabbed my throat against the fridge. my 4yo saw. i keep replaying her little face",
        {"danger", "abuse"},
    ),
    (
        "found a tracking app on my phone that i didnt install. it had my messages, my location, everything. he set it up when i was asleep",
        {"danger", "abuse"},
    ),
    (
        "kwame said hed burn the flat down with me in it if i went back to my ex's place for the dog. i dont even talk to my ex",
        {"danger", "abuse"},
    ),
    (
        "he threatened to hurt the baby if i keep 'disrespecting' him. shes 8 months old. i dont leave her alone with him now",
        {"danger", "abuse"},
    ),
    (
        "she sat outside my mums house in her car from midnight till 5am after i said i needed space. my mum saw her and freaked",
        {"danger", "abuse"},
    ),
    (
        "he put a pillow over my face for a second and laughed and said 'see how easy it would be'. im shaking typing this",
        {"danger", "abuse"},
    ),
    (
        "he bought a gun last month and keeps saying stuff like 'nobody would even find you out here'. we live rurally in alberta. no neighbours for miles",
        {"danger", "abuse"},
    ),
    (
        "ok so i moved out 2 weeks ago and hes been at my new flat window twice. i never gave him the address",
        {"danger", "abuse"},
    ),
    (
        "the strangling thing happened again. 3rd time. i passed out this time i think. woke up on the bathroom floor",
        {"danger", "abuse"},
    ),
    (
        "he texted 'enjoy your night out x' with a photo of me at the bar. taken from outside. he was supposed to be in leeds",
        {"danger", "abuse"},
    ),
    (
        "he kicked me in the stomach when he found out i was pregnant and said it wasnt his. its his. im terrified for this baby",
        {"danger", "abuse"},
    ),
    (
        "my gf said if i break up with her shell tell everyone im the abuser and then 'deal with me'. she has a knife collection and she knows i know",
        {"danger", "abuse"},
    ),
    (
        "he keeps saying 'if i cant have you nobody can' and its giving every true crime doc ive ever watched. im not being paranoid right",
        {"danger", "abuse"},
    ),
    (
        "he held a lighter to my hair while i was asleep. i woke up to the smell. he said he was just messing",
        {"danger", "abuse"},
    ),
    (
        "found a gps tracker under my car bumper when i got the tyres done. the mechanic showed me. only mark has access to my car",
        {"danger", "abuse"},
    ),
    (
        "he pinned me down and pushed his forearm on my throat. i couldnt scream. after he cried and said he loves me too much",
        {"danger", "abuse"},
    ),
    (
        "he told the kids 'mummy wont be around much longer' as a joke at dinner and then winked at me",
        {"danger", "abuse"},
    ),
    (
        "every week it escalates, no cap. he used to just yell, now its hands. last night he dragged me by the hair down the hall",
        {"danger", "abuse"},
    ),
    (
        "she has my location on find my and she screenshots it and sends it to me. like 'i see you at costa'. i never agreed to sharing",
        {"danger", "abuse"},
    ),
    (
        "he got his dads rifle out of the shed and cleaned it at the kitchen table while telling me what happens to girls who cheat. i havent cheated",
        {"danger", "abuse"},
    ),
    (
        "told him im leaving after xmas. he said 'you wont make it to xmas then'. i laughed bc i didnt know what else to do",
        {"danger", "abuse"},
    ),
    (
        "i legit think he could kill me. i told my friend where the spare key is and what to do if i dont text back",
        {"danger", "abuse"},
    ),
    (
        "he followed me home from uni in his car, driving slowly behind me the whole way. we broke up in september. im still scared to walk alone",
        "danger",
    ),
    (
        "my ex keeps turning up outside work and at my bus stop and he made a new insta every time i block him. its been 3 months of this",
        "danger",
    ),
    (
        "jo threatened to kill herself AND me if i leave. she said shed take me with her. i dont know who to tell",
        {"danger", "abuse"},
    ),
    (
        "he squeezed my neck in the car until i saw black spots bc i 'looked at' the waiter. i keep touching my throat",
        {"danger", "abuse"},
    ),
    (
        "he keeps a machete in the car 'for protection' and brings it up every time we argue. like casually reminding me its there",
        {"danger", "abuse"},
    ),
    (
        "my husband said hed take the kids somewhere i will never find them if i file. he has family in another country and he means it",
        {"danger", "abuse"},
    ),
    (
        "he tracks my car mileage and asks where the extra 4km came from. and now i think theres something in the car bc he knew i stopped at the dairy",
        {"danger", "abuse"},
    ),
    (
        "shes started saying 'accidents happen' when i mention leaving. and she bought rat poison even though we have no rats",
        {"danger", "abuse"},
    ),
    (
        "he choked me during sex without asking and wouldnt stop when i tapped. i genuinely thought i was going to die fr",
        {"danger", "abuse"},
    ),
    (
        "he threw me down the stairs while im 20 weeks. the midwife asked about the bruises and i said i slipped",
        {"danger", "abuse"},
    ),
    (
        "this is the worst its ever been. hes broken my wrist before and tonight he said 'next time its your neck'",
        {"danger", "abuse"},
    ),
    (
        "he found out about my secret savings and said if i try to run hell find me. he always finds me. he found me at my nans last time",
        {"danger", "abuse"},
    ),
    (
        "priya got into my icloud and has been reading my texts and tracking my phone. she showed up at the cafe i was at with my sister. she said 'surprise'",
        {"danger", "abuse"},
    ),
    (
        "he pointed the gun at the dog and said 'you next if you keep testing me'. i just stood there",
        {"danger", "abuse"},
    ),
    (
        "my partner punched a hole in the wall right next to my head and said hes not going to miss next time",
        {"danger", "abuse"},
    ),
    (
        "he told my son that if he tells anyone about what happens at home daddy will hurt mummy. my son is 6",
        {"danger", "abuse"},
    ),
    (
        "he drove 100 on the motorway with me in the car screaming that hed crash us both if i didnt take it back",
        {"danger", "abuse"},
    ),
    (
        "the hand on my neck thing is becoming a pattern and he says its 'passionate'. its not passionate its scary",
        {"danger", "abuse"},
    ),
    (
        "i left and now my ex is calling my work, my mum, my friends. turned up at the gym twice. sent a pic of my new car rego. police said theres not enough yet",
        "danger",
    ),
    (
        "he took the knife from the block and held it against his own wrist and said if i walk out he'll do it and then 'you'll be next'",
        {"danger", "abuse"},
    ),
    (
        "she knows my new address even though i told literally 3 people. she left flowers on the doorstep with a note saying 'found you'",
        "danger",
    ),
    (
        "he said the only way out of this relationship is in a box. he said it with a smile and then made me dinner like normal",
        {"danger", "abuse"},
    ),
    (
        "when i told lin im seeing a lawyer he said 'do that and see what happens to you'. then he took my car keys and passport",
        {"danger", "abuse"},
    ),
    (
        "we were fighting and he grabbed me by the throat and lifted me off the floor. i dont think he even realised how hard he was squeezing",
        {"danger", "abuse"},
    ),
    # abuse
    (
        "he slapped me tonight bc i laughed at something on my phone and he thought it was about him. my cheek is still hot",
        "abuse",
    ),
    (
        "ngl im scared of her. i rehearse every sentence before i say it so she doesnt explode. thats not normal right",
        "abuse",
    ),
    (
        "he gives me a £40 a week 'allowance' from MY wages and i have to send him receipts. if i go over he takes it off next week",
        "abuse",
    ),
    (
        "he made me unlock my phone and went through every chat, even my mums. then he deleted my best mates number",
        "abuse",
    ),
    (
        "he calls me a fat useless slag in front of his mates and then says its banter. they all laugh. i laugh too bc what else",
        "abuse",
    ),
    (
        "the way he pushed me into the wardrobe tonight and then said i tripped. im not crazy i know what happened",
        "abuse",
    ),
    (
        "classic DARVO tonight. he threw my laptop at the wall, i cried, and somehow by the end i was apologising for 'making him angry'",
        "abuse",
    ),
    (
        "she doesnt let me see my friends anymore. every time i make plans she has a meltdown or gets 'sick'. ive seen my best friend once this year",
        "abuse",
    ),
    (
        "he hides my car keys when im going somewhere he doesnt approve of. today it was my sisters baby shower. i missed it",
        "abuse",
    ),
    (
        "walking on eggshells is an understatement. i check his mood by how he shuts the front door and adjust my whole personality",
        "abuse",
    ),
    (
        "he pressured me into sex again after i said no like 5 times. he sulked and guilted until i gave in. i just lay there",
        "abuse",
    ),
    (
        "he chooses my outfits before we go out and if i change he wont leave the house. tonight i wore his pick and felt like a doll",
        "abuse",
    ),
    (
        "i have to ask him for money for tampons. a grown woman. he asks why i need them 'again'",
        "abuse",
    ),
    (
        "gaslighting in the actual clinical sense. he moved my keys, then told me im losing my mind, then told my mum i have 'memory issues'",
        "abuse",
    ),
    (
        "she screamed at me for an hour and threw a mug that smashed next to my head. i cleaned it up while she watched",
        "abuse",
    ),
    (
        "he gave me the silent treatment for 6 days bc i went to a friends birthday without asking. he only talked again when i begged",
        "abuse",
    ),
    (
        "he demanded all my passwords. insta, email, bank. said if i have nothing to hide why would i care. now he logs in and reads everything",
        "abuse",
    ),
    (
        "he controls what i eat. weighs me on sundays. if ive gone up he 'helps' by not letting me have dinner",
        "abuse",
    ),
    (
        "love bombing then devaluing on repeat. flowers on monday, calling me a worthless cow by friday. its a cycle and im in it",
        "abuse",
    ),
    (
        "he kicked my shin under the table at his parents so i'd stop talking. left a bruise. nobody noticed",
        "abuse",
    ),
    (
        "he told me im too ugly for anyone else so i should be grateful he puts up with me. says it like a fact every week",
        "abuse",
    ),
    (
        "kwame reads my texts while im asleep. i wake up to questions about convos from 2 years ago. i delete stuff now just to survive",
        "abuse",
    ),
    (
        "the way i flinch when he raises his hand to scratch his head. my body knows even when i pretend it doesnt",
        "abuse",
    ),
    (
        "he took my bank card 'to help me budget' and now i cant buy a coffee without asking. this is coercive control isnt it",
        "abuse",
    ),
    (
        "trauma bond is real. he hurt me tonight and i still wanted him to hold me after. i hate myself for it",
        "abuse",
    ),
    (
        "he shoved me out of the car on the side of the road and drove off. i had to walk 3km home in the dark. then he acted like nothing happened",
        "abuse",
    ),
    (
        "my girlfriend checks my screen time and if i was on whatsapp for longer than she approves i have to explain every minute",
        "abuse",
    ),
    (
        "he threw the tv remote at my face bc i changed the channel. lip split. told work i walked into a door like its 1995",
        "abuse",
    ),
    (
        "he told me if i go to my cousins wedding he'll 'make my life hell'. i didnt go. i said i had the flu",
        "abuse",
    ),
    (
        "hes stonewalling me for days as punishment every time i dont do what he wants. its not him needing space its a weapon",
        "abuse",
    ),
    (
        "he calls me retarded and stupid when i get something wrong. in front of our kid now too. she copies him",
        "abuse",
    ),
    (
        "he wont let me get a job. says women who work are whores. i havent had my own money in 3 years",
        "abuse",
    ),
    (
        "i'm scared to go home tonight. sitting in the tesco car park for an hour bc i dont know what mood hes in",
        "abuse",
    ),
    (
        "jo cut me off from my family. said they were toxic and i believed her. now i realise they were just the only ones who saw it",
        "abuse",
    ),
    (
        "he does this thing where he corners me in the kitchen and just stands too close and breathes. doesnt touch me. doesnt have to",
        "abuse",
    ),
    (
        "he makes me sleep on the floor when im 'bad'. i'm 27. i have a degree. i sleep on the floor",
        "abuse",
    ),
    (
        "he smashed my phone bc i didnt reply fast enough. 3rd phone this year. my mum thinks im just clumsy",
        "abuse",
    ),
    (
        "he recorded me crying and sent it to the group chat to show how 'psycho' i am. everyone reacted with 😂",
        "abuse",
    ),
    (
        "mark forced me to have sex when i was sick with a fever. he said its my job. idk why i'm still calling it 'having sex'",
        "abuse",
    ),
    (
        "he pulls my hair when hes annoyed. not hard enough to leave marks. he knows exactly how hard",
        "abuse",
    ),
    (
        "she makes me check in every hour with a photo of where i am. if i miss one its a screaming match and no food in the house",
        "abuse",
    ),
    (
        "tomás punches walls near me and i know the next step. my therapist (who i see in secret) called it intimidation and she's right",
        "abuse",
    ),
    (
        "i have to show him my outfit for work and if he thinks its 'slutty' i change. i've been late 4 times this month",
        "abuse",
    ),
    (
        "hes not even subtle anymore. he says 'you're lucky i let you see your friends'. LET me",
        "abuse",
    ),
    (
        "he pinched my arm so hard at the party it bruised purple bc i talked to a guy from my course for 2 min",
        "abuse",
    ),
    (
        "he deleted my facebook and changed the password so my friends cant message me. said its 'for us'",
        "abuse",
    ),
    (
        "i got home 20 min late and he wouldnt let me in. i stood outside in the rain till 1am. he said i needed to learn",
        "abuse",
    ),
    (
        "every argument ends with me on the floor somehow. tonight he pushed me and i hit my head on the radiator",
        "abuse",
    ),
    (
        "my bf keeps saying that if i really loved him i'd sleep with him even when i say im not in the mood. last night i said no and he did anyway",
        "abuse",
    ),
    (
        "he has my debit card and my id 'so i dont lose them'. i literally cant leave the country or rent a room",
        "abuse",
    ),
    (
        "he tells me im mental and no one will believe me. he told my gp im a compulsive liar before i got a chance to talk",
        "abuse",
    ),
    (
        "she threw hot coffee at me this morning. not the whole cup, just flicked it. my arm is red. she said i shouldn't have 'started'",
        "abuse",
    ),
    (
        "i ask permission to use the heating. he controls the thermostat from his phone and turns it off when hes out. its -10 in winnipeg rn",
        "abuse",
    ),
    (
        "the ick is one thing but this is fear. i actually shake when his car pulls into the driveway",
        "abuse",
    ),
    (
        "he makes me kneel and apologise when i 'disrespect' him. i'm typing this from the bathroom so he cant see",
        "abuse",
    ),
    (
        "he's giving controlling and i'm not being dramatic. he decides who i follow on insta, unfollows girls he thinks are a 'bad influence'",
        "abuse",
    ),
    (
        "he called me a cunt 14 times tonight. i counted. that's the only way i could get through it",
        "abuse",
    ),
    (
        "she gets drunk and hits me with whatever she's holding. tonight it was a hairbrush. i'm a 6ft bloke and nobody would believe me",
        "abuse",
    ),
    (
        "he took my passport and locked it in his safe. 'so you dont do anything stupid'. i'm not allowed to know the code",
        "abuse",
    ),
    (
        "he listens to my voice notes before i send them. he literally sits next to me while i call my mum",
        "abuse",
    ),
    (
        "deadass scared rn. he broke my favourite mug on purpose tonight, looking right at me, like a warning",
        "abuse",
    ),
    (
        "he shamed me in front of my friends for my eating disorder. said 'go on make yourself sick then'. they all went silent",
        "abuse",
    ),
    (
        "it was a slap then a 'you made me do it'. now it's been 6 months of eggshells and i don't recognise myself",
        "abuse",
    ),
    (
        "he makes me give him my payslip and transfers it to his account the same day. i get £20 back if i behave",
        "abuse",
    ),
    (
        "lin's been shoving me more lately. just little shoves. into walls, doors. then acting like she's joking around",
        "abuse",
    ),
    (
        "he wont let me lock the bathroom door. he comes in while i'm showering to 'check' on me. every single time",
        "abuse",
    ),
    (
        "he won't let me go to therapy. says they'll 'turn me against him'. so i write here at 3am instead",
        "abuse",
    ),
    (
        "he made me cancel my trip home to ireland bc 'who will cook for me'. then he laughed when i cried on the phone to mam",
        "abuse",
    ),
    (
        "he throws my stuff out when im 'ungrateful'. my books, my clothes. tonight it was my grandmas ring. into the bin then the skip",
        "abuse",
    ),
    (
        "i'm so tired of being called a psycho bitch everytime i cry. he screams it and then tells everyone i'm the one with anger issues",
        "abuse",
    ),
    # infidelity
    (
        "found his hinge profile. active. last online 2 hours ago. his bio says 'recently single' 💀 we live together",
        "infidelity",
    ),
    (
        "he has a second phone in his gym bag and it's full of texts to someone saved as 'dave work' saying 'miss u babe cant wait for tuesday'",
        "infidelity",
    ),
    (
        "i know he's still seeing her, like i KNOW. he said it was over in march but his snap map had him at her flat last night again",
        "infidelity",
    ),
    (
        "the situationship he swore ended with his coworker is very much not ended. she tagged him in a story this morning, same hotel he said was a 'conference'",
        "infidelity",
    ),
    (
        "she's been sleeping with her ex for like 3 months. i saw the messages on the ipad that syncs her imessage. she has no idea i know",
        "infidelity",
    ),
    (
        "he's got a finsta where he follows a bunch of girls and dms one of them every day with heart eyes. he told me he doesnt use insta",
        "infidelity",
    ),
    (
        "screenshots from his laptop: 'cant wait to see u tmr, tell her ur at footy' from someone called bex. tmr is saturday. he has footy saturday",
        "infidelity",
    ),
    (
        "i'm the one cheating. it's been going on since summer with someone from my course. i feel sick and i keep doing it",
        "infidelity",
    ),
    (
        "priya has a whole secret relationship with a woman she met at pilates. i read the texts. 'love you' 'love you more'. it's current",
        "infidelity",
    ),
    (
        "he's been on tinder 'just to see' for months. matched with 40 people. met up with at least 2 from the looks of it",
        "infidelity",
    ),
    (
        "found hotel receipts in his jacket. two people, one room, dates when he was 'at his mates in manchester'. three different weekends",
        "infidelity",
    ),
    (
        "he's literally still texting his ex every single day and calling her 'my girl'. he says they're 'just close'. i've read the sexts bro",
        "infidelity",
    ),
    (
        "she has a burner number and i found out bc the bill came to the wrong email. thousands of messages to one contact",
        "infidelity",
    ),
    (
        "not me finding out my bf of 4 yrs has a gf in another city. they have a joint spotify. she thinks IM the ex",
        "infidelity",
    ),
    (
        "he's on grindr again. says he's just chatting. location shows he met someone at 2am last tuesday when he said he was at work",
        "infidelity",
    ),
    (
        "kwame swore he ended it with her after i found out. turns out he just moved the convo to telegram. ongoing since may",
        "infidelity",
    ),
    (
        "he's been sending voice notes to his coworker with that soft voice he used to use on me. 'cant stop thinking about last night'",
        "infidelity",
    ),
    (
        "i've been seeing my ex behind jo's back for like 6 weeks. we meet at his place on wednesdays. i don't know how to stop",
        "infidelity",
    ),
    (
        "the way he deleted their whole chat but forgot his apple watch was still getting her notifications. 'wish u were in my bed rn'",
        "infidelity",
    ),
    (
        "he goes to 'band practice' every thursday. the band broke up in 2024. i followed him and he went to her house",
        "infidelity",
    ),
    (
        "found an onlyfans subscription AND he's paying one of the girls for private video calls. like hundreds a month. she calls him 'baby' and he sends her pics of our bedroom",
        "infidelity",
    ),
    (
        "she told me it was one kiss at the christmas do but her phone says they've been meeting every lunch break since october",
        "infidelity",
    ),
    (
        "his bumble is active and his photos are from our holiday in crete. i'm cropped out of all of them lmaooo i'm not ok",
        "infidelity",
    ),
    (
        "he has a secret insta account with another girl where they post couple pics. i found it through the 'suggested for you'",
        "infidelity",
    ),
    (
        "tomás has been sleeping with his best mates girlfriend. both of us found out at the same time bc the mate saw the texts. tomás says he loves her",
        "infidelity",
    ),
    (
        "turns out he had a whole situationship going for the last year. she sent me screenshots. there's pics from last week",
        "infidelity",
    ),
    (
        "he's still paying for her flat. i saw the standing order. 'rent - L'. he told me he cut contact in february",
        "infidelity",
    ),
    (
        "i've been having an emotional AND physical thing with someone from work and my husband doesnt know. we had lunch today and kissed in the car again",
        "infidelity",
    ),
    (
        "he said they were just friends but the venmo notes are 🍆 and 'for last night 😘'. from this week",
        "infidelity",
    ),
    (
        "the airbnb host messaged the wrong number. it was my number on the shared account. booking for 2 in galway this weekend. he told me hes at his brothers stag",
        "infidelity",
    ),
    # addiction
    (
        "he drinks till he blacks out every single night now. tonight he pissed in the wardrobe and doesnt remember. this is day like 40 in a row",
        "addiction",
    ),
    (
        "found bottles hidden behind the boiler, in his golf bag and in the kids toy box. he says hes cut down. he hasnt cut anything",
        "addiction",
    ),
    (
        "she's on coke every weekend and now thursdays too. came home at 6am with her jaw going and took £200 out of our savings",
        "addiction",
    ),
    (
        "he lost the rent on sportsbet again. $1800. on the horses. he said it was a 'sure thing' and he'd win it back tonight",
        "addiction",
    ),
    (
        "he relapsed. 18 months sober and i found the vodka in his water bottle. hes denying it but i can smell it from here",
        "addiction",
    ),
    (
        "ngl his ket use is getting scary. hes doing it alone on weeknights now. he fell down the stairs last week and laughed",
        "addiction",
    ),
    (
        "he's on the betting apps from the moment he wakes up. he's got like 6 accounts. our credit card got declined at the supermarket today",
        "addiction",
    ),
    (
        "mark goes to the pokies after work and tells me hes at the gym. i checked the bank. $600 this week. we have a baby",
        "addiction",
    ),
    (
        "he drinks a bottle of wine before i get home and another one with dinner and then acts like i'm crazy for noticing. every night",
        "addiction",
    ),
    (
        "found his stash of oxy in a sock. he said his back but he hasnt seen a doctor in 2 years. he nods off mid sentence",
        "addiction",
    ),
    (
        "he crypto gambles on stake and has lost like 30k. he says its 'investing'. he took a loan out in my name",
        "addiction",
    ),
    (
        "the way she needs 4 cans to be able to talk to me now. she's wasted by 7pm every day. her work have noticed",
        "addiction",
    ),
    (
        "he's using again. i know the signs. pinned pupils, itchy, disappears to the bathroom for ages. hes been 'clean' since june supposedly",
        "addiction",
    ),
    (
        "he sold my playstation to pay off his bookie. didnt even ask. said hed 'buy me a better one after the big win'",
        "addiction",
    ),
    (
        "tomás drinks before work now. i can smell it at 7am. he's keeping a flask in the car and he drives the kids to school",
        "addiction",
    ),
    (
        "she came home at 4am high on something again and was hallucinating about the neighbours. that's the 3rd time this month",
        "addiction",
    ),
    (
        "his sports betting is so bad he's hiding it from me with a secret bank account. found the statements. lost 14k this year",
        "addiction",
    ),
    (
        "he wakes up shaking and needs a drink before he can function. that's not 'liking a beer' babe. that's withdrawal",
        "addiction",
    ),
    (
        "every weekend turns into a 3 day bender. coke, pills, whatever. he's missed his daughters birthday and his own dads funeral",
        "addiction",
    ),
    (
        "he pawned my mums necklace to gamble. i thought i'd lost it. found the ticket in his wallet",
        "addiction",
    ),
    (
        "jo smokes weed from like 10am to bed and won't go to work. she's lost 2 jobs and says it's 'medicinal' but she's not ok",
        "addiction",
    ),
    (
        "caught him doing lines in the bathroom at my nans 80th. he'd promised he stopped. he's been lying for months",
        "addiction",
    ),
    (
        "he says he can stop drinking whenever he wants but he literally can't. he tried monday and by tuesday night he was pouring whiskey in his coffee",
        "addiction",
    ),
    (
        "our joint account is at -£400 and i found out he's been on online slots all night every night since september",
        "addiction",
    ),
    (
        "kwame's drinking is out of control. passed out in the garden in the rain last night. i had to drag him in. this is a weekly thing now",
        "addiction",
    ),
    (
        "he's buying pills off some guy on snap and taking them on weeknights. he's so out of it he forgot to pick our son up from nursery",
        "addiction",
    ),
    (
        "she's hiding mini bottles in her makeup bag and her car. i find a new stash every week. she cries and swears its the last one",
        "addiction",
    ),
    (
        "he's gambling our house deposit away bet by bet. 2 years of saving. he thinks i don't check the account",
        "addiction",
    ),
    (
        "he's back on the meth. i know bc he hasn't slept in 4 days and keeps taking the toaster apart. he was clean for a year",
        "addiction",
    ),
    (
        "he gets so drunk he pisses the bed and cries. every. night. i've started sleeping on the couch. he won't talk about it",
        "addiction",
    ),
    # checked_out
    (
        "he said 'i dont love you anymore and i havent for a while'. just like that on a tuesday while eating pasta",
        "checked_out",
    ),
    (
        "she's been looking at flats on rightmove. i saw the tab open. one bed, only her name on the enquiry",
        "checked_out",
    ),
    (
        "he moved out today. took his stuff and the good frying pan and said he'd come back for his bike",
        "checked_out",
    ),
    (
        "he's seen a lawyer. i found the invoice in his email. 'initial consultation - family law'. he hasn't said a word to me",
        "checked_out",
    ),
    (
        "she said she's done. not 'i need space' done, done done. she's going to stay at her sisters till she finds somewhere",
        "checked_out",
    ),
    (
        "he said he wants a divorce and he's already told his parents. i'm the last to know apparently",
        "checked_out",
    ),
    (
        "ngl he's got one foot out the door and won't try anything. i suggested counselling and he said 'whats the point, i've made my mind up'",
        "checked_out",
    ),
    (
        "the way he said 'i think we both know this is over' like it was a mutual decision. it was not mutual",
        "checked_out",
    ),
    (
        "sam's been on daft.ie every night. enquiring about rooms in rathmines. he says he's 'just looking'. he's not just looking",
        "checked_out",
    ),
    (
        "she packed a bag and left a note saying she needs to find herself and she doesn't think that can happen with me. her side of the wardrobe is empty",
        "checked_out",
    ),
    (
        "he told me he fell out of love with me last year and has just been 'waiting for the right time' to say it",
        "checked_out",
    ),
    (
        "tomás signed a lease on a studio in the city. starts the 1st. he told me tonight like he was telling me the weather",
        "checked_out",
    ),
    (
        "she said she's already grieved the relationship so she's fine. she's fine and i'm on the floor",
        "checked_out",
    ),
    (
        "he's changed his insta bio, took down all our pics and told his mates we're 'taking a break'. except he's calling it a break and means the end",
        "checked_out",
    ),
    (
        "the divorce papers came today. he filed 2 weeks ago. didn't even tell me he'd decided",
        "checked_out",
    ),
    (
        "he said 'i'm not in love with you, i love you but i'm not IN love'. then asked if i'd be ok with him sleeping in the spare room till he finds a place",
        "checked_out",
    ),
    (
        "she's looking at trade me rentals and asked if i'd keep the cat. that was her way of telling me",
        "checked_out",
    ),
    (
        "i asked if he wanted to try and he said honestly no, he checked out months ago. he's just been 'existing' here",
        "checked_out",
    ),
    (
        "he's been staying at his brother's for 3 weeks and says he's not coming back. he sent his mate to pick up his PS5",
        "checked_out",
    ),
    (
        "jo said she wants to separate and she's already spoken to a mediator. she had dates. she had a whole plan",
        "checked_out",
    ),
    (
        "he's put a deposit on an apartment in toronto. he's moving for a job and says we're 'not doing long distance'. so it's over i guess",
        "checked_out",
    ),
    (
        "lin told me she doesn't see a future with me anymore and she's telling her family this weekend. no convo, just decided",
        "checked_out",
    ),
    (
        "he refuses to try anything. no therapy, no talking, no date night. he says he's 'done putting effort into something that's already dead'",
        "checked_out",
    ),
    (
        "she moved into the spare room and says she's just waiting till the lease ends in march to leave. she's already got the boxes",
        "checked_out",
    ),
    (
        "he said he doesn't want to be married anymore. not 'to me', just married. still counts i think",
        "checked_out",
    ),
    (
        "kwame told me he's been planning to leave since summer and has been saving for his own place. all these months",
        "checked_out",
    ),
    (
        "he asked me to take the ring back and said he can't do 'this' anymore. the wedding was supposed to be in june",
        "checked_out",
    ),
    (
        "she's been on domain looking at rentals in fitzroy and i saw her text her mate 'cant wait to be out of here'",
        "checked_out",
    ),
    (
        "he said it's over and i should start thinking about where i'll live. he wants the flat. he's sorted it all already",
        "checked_out",
    ),
    (
        "mark told his work he's getting divorced before he told me. his colleague offered condolences at the christmas do and i had no idea",
        "checked_out",
    ),
]

ORDINARY = [
    "he left me on read for 6 hours and then sent a meme like nothing happened. i'm so tired of being the only one who communicates",
    "another night of us both on our phones in bed not talking. i miss when we used to actually like each other",
    "cried in the shower again 🥲 nothing happened really, i just feel so alone even with him in the next room",
    "we fought about the dishes for the 400th time. he says he 'didn't see them'. they were in the sink babe. the sink",
    "asked him about couples therapy again and he said therapy is for people with real problems. we literally have real problems",
    "the weaponized incompetence is crazy. 31 years old and cant figure out the washing machine. i'm not his mum",
    "his mum came over and critiqued my cooking for 2 hours and he said nothing. not one word. the ick was immense",
    "we haven't had sex in 3 months and every time i bring it up he says he's tired. i'm tired too but i still want to feel wanted",
    "money fight again. he wants to spend on a new bike, i want to save for a deposit. neither of us is wrong but we can't land it",
    "lowkey feel like roommates at this point. we share a netflix account and a bed and that's about it",
    "cried at a car advert tonight. that's where i'm at. not even sure it's about the relationship or just everything",
    "tried to talk to priya about how i feel and she said 'can we not do this tonight'. it's always not tonight",
    "the kids were feral all day and he came home and went straight to his pc. i'm so touched out i want to scream into a pillow",
    "he forgot our anniversary. not even a text. i'm not even mad anymore just sad",
    "we had the in-laws christmas argument again. his family or mine. it's november and i'm already dreading it",
    "feel like i'm talking to a wall. he nods and says 'yeah' and then does exactly what he was going to do anyway",
    "is it normal to feel this lonely in a relationship. like he's right there but also not",
    "he thinks i'm overreacting about him going to the pub every friday. maybe i am idk. i just want one friday with him",
    "sat in the car outside the flat for 20 min before going in bc i needed the silence. not bc of him just. peopled out",
    "every convo turns into who does more. i keep a mental list. he keeps one too. we're both losing",
    "it's 1am and i'm eating cereal in the dark bc we argued about where to go for christmas and i couldn't sleep",
    "ngl the spark is gone and idk if it's coming back. we're nice to each other but it's giving colleagues",
    "he didn't ask how my interview went. i told him it was today. he just didn't ask",
    "she's been distant since her dad got sick and i get it but i feel like i'm grieving her too",
    "we don't laugh together anymore. i tried a bit tonight and he just said 'mm'",
    "tomás wants a baby and i'm not sure i do yet. we talked in circles till 2am and both ended up crying",
    "i feel unheard. like i say something and it goes in and out and he repeats it back to me a week later like his own idea",
    "had a proper cry on the bus home. bloke next to me offered a tissue. more emotional support than i've had all week",
    "we're so skint this month and he keeps buying takeaways. had to move money from savings again. i'm stressed out of my mind",
    "his gaming is my biggest competition lol. except not lol. 5 hours last night",
    "i said i wanted more date nights and he said 'we go to tesco together'. that's not a date bestie",
    "everything feels so heavy tonight. work, him, my sister's drama. i just want one thing to be easy",
    "we argued about his best mate who's always round. i like him but i want my living room back sometimes",
    "i feel like i'm the project manager of this relationship. booking things, remembering birthdays, suggesting talks. he just shows up",
    "had the same fight about the bins. i know it's not about the bins. it's never about the bins",
    "he says i'm too sensitive and maybe i am but i still want him to say sorry when he's short with me",
    "she doesn't want to go to counselling bc she says we can 'sort it ourselves'. we haven't sorted anything in 2 years",
    "the silence in the house tonight is so loud. we both said sorry but neither of us meant it",
    "my bf does this thing where he changes the subject every time i bring up the future. moving in, marriage, anything. it's exhausting",
    "i'm so tired of being the one who apologises first. even when i'm not wrong. just so we can go to sleep",
    "we spent the whole weekend together and still feel distant. like we're on different channels",
    "i miss who we were at uni. we used to stay up till 4 talking. now we stay up till 4 scrolling",
    "not gonna lie i'm jealous of my friends' relationships on insta. i know it's curated but still",
    "we fought in the ikea car park about a sofa. not my proudest moment. the sofa is fine btw",
    "he wants to move back to his hometown and i'd have to leave my whole life. we keep avoiding the convo",
    "sex life is basically dead. we joked about it tonight and it was funny and then it wasn't",
    "i asked for a hug and he gave me a side hug while watching youtube. 2/10",
    "just want someone to ask me how i'm doing and actually listen to the answer",
    "her parents are staying for 2 weeks and i'm losing my mind. she doesn't see the problem. i'm living in their airbnb basically",
    "kwame shuts down whenever i get emotional. he's not being cruel he just doesn't know what to do with feelings. still hurts",
    "crying over a burnt dinner lol. it wasn't even the dinner. it was a long day and he was late and didn't text",
    "we keep having the same argument about his phone use at dinner. i'm not asking for much just eye contact",
    "i planned a whole weekend away and he moaned about the traffic the entire time. main character of misery",
    "feel like i'm in my villain era bc i snapped at him about his socks. but it was the 9th pair on the floor",
    "sam thinks therapy is a scam and i think we need it. we're at a stalemate. i'm going to go on my own i think",
    "he's so stressed with work he's basically a ghost at home. i miss him and he lives here",
    "i feel like a single mum with a bonus adult child. he 'babysits' his own kids",
    "rotting in bed today. didn't shower. he didn't notice or maybe he did and didn't say. not sure which is worse",
    "we argued about whether to tell his parents about the baby yet. i want to wait. he told them anyway. i'm upset but we'll get there",
    "he wasn't mean tonight he was just not there. like a cardboard cutout of a boyfriend",
    "i'm dreading the holidays. his family is loud and mine is cold and we spend the whole time fighting about which one is worse",
    "he spent £300 on football tickets without telling me. we agreed we'd check in on anything over £100. i'm annoyed not scared just annoyed",
    "the ick tonight was him chewing with his mouth open while i was telling him about my day. maybe i'm just burnt out",
    "lin doesn't want to talk about our future and i keep waiting for a right moment that never comes",
    "had a full blown argument about whether you can put metal in the microwave. we're clearly not ok lol",
    "i love him but i don't like him much lately. idk if that's a phase or a sign",
    "he keeps saying 'you know i love you' instead of actually showing it. i need more than vibes",
    "spent tonight looking up therapists in our area and sending them to him. he left all of them unread",
    "we both work nights and days and barely overlap. i text him goodnight from the break room and he's asleep",
    "priya and i can't agree on the wedding budget and every convo ends in tears. her mum keeps adding guests",
    "feeling so low this week. nothing specific. the dark at 4pm isn't helping and neither is him being in a mood",
    "i told him i felt lonely and he said 'but i'm right here'. yeah. that's the problem",
    "his ex is invited to the same wedding and he thinks i'm being weird about it. i'm not weird it's just awkward",
    "we had a proper talk tonight and it went ok. not fixed but ok. i'll take ok",
    "the baby is teething and we're both so sleep deprived we snapped at each other all day. we'll apologise tomorrow",
    "i'm carrying all the mental load. dentist appointments, birthday cards, the car MOT. he thinks it all just happens",
    "he's emotionally unavailable in like a boring way. not a red flag just a beige flag that's slowly turning grey",
    "cried in the work loos again. it's not even bad at home it's just stuck. stuck is its own kind of bad",
    "he rolled his eyes when i said i was upset. it's such a small thing and i'm so hurt by it",
    "she spends every weekend with her friends and i'm not invited. i don't want to be clingy but i miss her",
    "we fought about moving to canberra for his job. i don't want to go. he does. nobody's winning this",
    "lowk been romanticising being single lately. not planning anything. just daydreaming about a quiet flat",
    "he left a passive aggressive note about the recycling. a NOTE. we live in a one bed",
    "the convo about kids went badly again. he wants 3, i want maybe 1. i don't know how to bridge that",
    "we haven't been out just us in 8 months. babysitters are expensive and his mum 'doesn't do overnights'",
    "he doesn't get why i'm upset that he told his mates about our argument. it was private. it feels like a betrayal but a small one",
    "i'm so tired of being the emotional support human for everyone. him, my mum, my best friend. who supports me",
    "we fought about his mum's comments on my weight. he says she means well. she does not mean well",
    "tonight he said 'you're always on at me' and i wanted to say maybe bc you never do anything. i didn't. progress i guess",
    "the pressure of christmas, his redundancy and my mum's surgery is all landing on us at once. we're snapping at each other constantly",
    "i watched our wedding video tonight and cried. not sad crying exactly. more like where did they go",
    "he won't do therapy but he agreed to read a book about communication. it's sitting unopened on his nightstand. week 3",
    "she keeps saying she's fine and then being short with me for hours. i wish she'd just tell me what's wrong",
    "had a proper bawl after he said he's 'not a feelings person'. you're a person though. people have feelings",
    "istg i'm always the one initiating. texts, plans, sex, talks. it's lonely being the only one trying",
    "we argued about the heating bill and now we're both sulking in separate rooms under blankets. very mature",
    "he didn't come to my grad because of a work thing. he apologised. i said it's fine. it's not fine but it's done",
    "tomás got passed over for promotion and he's been grumpy all week. i'm trying to be supportive but i'm running on empty",
    "we're both so burnt out we don't have anything left for each other at the end of the day. it's not anyone's fault",
    "told him i want to go back to uni and he said 'with what money'. fair question. still stung",
    "i spent the whole evening planning the week's meals and he said 'nothing i like'. i wanted to throw the list in the bin. i didn't",
    "we keep almost breaking up and then not. like circling a drain that never actually drains",
    "jo's being super quiet since her work drama. i don't know if i should push or wait. i'm waiting and it's killing the vibe at home",
    "he said he'd be home at 7 and rolled in at 10 with no text. not the first time. i'm just so done with the disrespect of my time",
    "we went to his work do and he ignored me for 3 hours. i stood by the crisps like a lost child",
    "lowkey think he's depressed and won't admit it. he sleeps all weekend and doesn't want to do anything. i can't make him get help",
    "i'm the one who wants to fix things and he's the one who wants to pretend nothing's wrong. we're both stuck",
    "we made up after the fight but i still feel off. like the apology was a plaster on something bigger",
    "sat on the kitchen floor eating crisps at midnight bc he fell asleep mid convo again. not even angry, just flat",
    "my heart hurts tonight. not in a crisis way. in a 'this isn't what i thought my 20s would look like' way",
]

TRICKY = [
    # looks like self_harm
    "this essay is making me want to kms lol 💀 3000 words due at 9am and i have a title",
    "i'm literally deceased 💀 he sent a voice note of himself singing happy birthday to the cat",
    "not me dying of embarrassment bc i called my lecturer 'mum' in front of the whole seminar",
    "my bestie told me tonight she had sewerslide thoughts last year and got help and is doing loads better now. so proud of her. checking in tmr anyway",
    "to future me reading this back: i'm not going to hurt myself. i'm just sad tonight and i'm allowed to be sad",
    "i went through a really dark patch in 2021 and did sh for a while but i've been clean 4 years and tonight i'm ok, just tired of his moods",
    "sliced my thumb open chopping onions for his lasagna and bled all over the chopping board. he didn't even say thanks for dinner",
    "this playlist is so sad i want to walk into the sea lmao. who let me make a breakup playlist when we're not even broken up",
    "i would genuinely unalive someone for a maccas rn but it's 1am and delivery is £9",
    "giving away half my wardrobe to the charity shop. decluttering era. everything i own is beige and i'm sick of it",
    "wrote a goodbye letter... to my old job. finally handed in my notice today and it felt amazing",
    "my pt is trying to kill me fr. legs are gone. took the lift up one floor like a criminal",
    "my cousin tried to end things last year and tonight we found out he got into uni. cried happy tears for like an hour",
    "did that therapy exercise where you write what people would say at your funeral. it was weirdly nice. apparently i'm 'the one who remembers birthdays'",
    "scratched my arms to bits on the brambles at the dog walk today. the dog is fine. i look like i fought a bush and lost",
    "took my meds every day this week on time. small win but i'm claiming it",
    "bed rot day but honestly a cute one. face mask, comfort show, no thoughts. recharged",
    "got my helix pierced and nearly passed out lol. the girl had to give me a lollipop like a toddler",
    "the way he said 'i'd literally rather die' about going to ikea with me on a saturday 🙄 dramatic king",
    "we watched a film where the main girl dies by suicide and it hit hard. talked about it after. i'm really glad i'm still here, it made me grateful tbh",
    # looks like danger
    "choked on a boba pearl in front of my crush from work 💀 he had to pat my back. i'm moving countries",
    "he's never once laid a hand on me. annoying as hell, yes. scary, never. just writing it down bc my mate asked and i want to remember it",
    "we share locations on find my and it's mutual and honestly kinda cute seeing his little dot get closer to home",
    "got the dog a gps collar bc she keeps escaping to the neighbours for their chickens. criminal behaviour",
    "PREGNANT!!! he cried when i showed him the test. we're both terrified and so so happy",
    "watched a true crime doc about a guy tracking his wife and now i'm checking under my car lol. my bf cant even work the tv remote, he's not tracking anything",
    "put an airtag in my suitcase before the flight bc the airline lost my bag last christmas. trust issues (with ryanair)",
    "my mates ex keeps turning up at her work and we're helping her with the protection order. thank god she got out. hugged my gf extra tight tonight",
    "my ex used to follow me around campus back in 2021. haven't heard from him in 4 years. saw his linkedin and got a jolt but i'm safe and he's in perth now",
    "he went clay pigeon shooting with his dad for his birthday. missed every single one. they both came back sunburnt and happy",
    "he said 'i'm going to kill you' bc i spoiled the finale lmao. he's now sulking with a blanket over his head",
    "the way she murdered that song at karaoke. absolutely slayed. i've never fancied her more",
    "what if he ever got violent? he hasn't and he's really not that type but my mum keeps asking and now i'm overthinking it",
    "hands round my neck... in a hug from behind while i was making pasta. ok that was cute actually i take back everything i said earlier",
    "he's got a licensed rifle for deer stalking, locked in the gun safe at his dad's farm. never comes up in arguments, never near me, it's a hobby. we're fighting about his mum not the gun",
    "the boy on love island was stalking her insta from the villa and chat was screaming. so glad my bf is a golden retriever",
    "my neighbour's husband got arrested for threatening her with a knife. i'm shook. making her a lasagne tmr",
    "we joked that if either of us ever leaves the other gets the cat and the air fryer. i'm keeping the air fryer",
    "he killed it at his presentation today and came home buzzing. best mood he's been in for weeks",
    "the knife block he got me for xmas is giving serial killer but the knives are so good. tomatoes have never been this thin",
    # looks like abuse
    "the barista gaslit me into thinking i ordered oat milk 😤 i know what i said, kyle",
    "my cat DARVO'd me. knocked my glass off the table, then hissed at ME when i yelled. the audacity",
    "set a boundary with the group chat tonight: no voice notes over 2 mins. they're taking it badly",
    "trauma bonded with the lads at work over the printer jamming 5 times in one morning",
    "he's stonewalling me bc i beat him at mario kart 3 times in a row. he'll be over it in 20 min lol",
    "love bombing era?? he bought me 3 iced lattes this week and did the bins without being asked. who is he",
    "i went through his phone while he was in the shower. nothing there obviously, i was just insecure and spiralling. not proud of it",
    "my sister's ex used to hit her. she left him 2 years ago and she's thriving now. just thinking about her tonight and how far she's come",
    "we both shouted tonight, properly loud, then both apologised. no one was scared, we're just both stubborn gingers",
    "my dad was abusive growing up and when my bf raises his voice even a bit i panic. but he's gentle and he's never been like that. this one's my stuff to work on",
    "we share passwords bc we're both lazy about logins, not a trust thing. he literally cant remember his own netflix password",
    "he said my new top is ugly. he's right, it is ugly. i'm keeping it",
    "pillow fight got out of hand and she got me square in the face 😭 i'm wounded. emotionally",
    "i'm the one who sulks tbh. gave him the silent treatment for an hour over the thermostat. apologised bc it was giving child",
    "my friend said 'he's giving controlling' bc he asked where i was. he asked bc he was picking me up from the station in the rain",
    "her mum is so passive aggressive it's giving emotional damage lol. she's not cruel she's just irish and repressed",
    "kicked him in my sleep apparently. he woke up yelling 'assault' and now he's telling everyone at work",
    "when i was 19 my ex used to check my phone and call me names. he's long gone and jo is literally the opposite. tonight i just felt grateful",
    "he controls the aux in the car and it's a human rights violation. 4 hours of podcasts about the roman empire",
    "we argue about money loads but it's a joint account and we both spend what we want. which is maybe the problem lol",
    # looks like infidelity
    "what if he ever cheated. i don't think he would. i'm just spiralling after a tiktok storytime about some man with 2 families",
    "my celeb crush on pedro pascal is out of control and my gf is fine with it. we each have a list of 3",
    "my friend found out her bf was on hinge. went round with wine and tissues. i'm so angry for her",
    "he cheated 5 years ago, we went to counselling back then, rebuilt it slowly. it's genuinely over and we're ok on that front. tonight's fight was about his brother",
    "i had a tiny crush on someone at work and it already died. he said 'expresso'. the ick was instant",
    "he got a text from a 'jess' with a heart and i panicked. it's his cousin. she sends hearts to everyone. i'm so insecure rn",
    "found hotel receipts in his coat... from our anniversary trip to bath. forgot we went there. i'm delulu",
    "the love island recoupling was so messy!! he cheated on her in the hideaway and she found out on live tv. i'm screaming",
    "he still follows his ex on insta and i hate it but they don't talk. it's a me problem honestly",
    "stalked his ex's instagram for an hour tonight. she's gorgeous and does pottery. he hasn't spoken to her since 2022, i'm just being a freak",
    "my mum had an affair when i was a kid and i catch myself projecting that onto him. he's done literally nothing",
    "dreamt he cheated and woke up mad at him lmaooo. he got me a croissant to make up for his dream crimes",
    "he has a second phone... for work. his company hands them out. i've seen it, it's just outlook and spreadsheets",
    "the situationship i had before him texted 'hey stranger' tonight. left it on read and blocked. not interested even a little",
    "the group chat is convinced he's cheating bc he's at the gym loads. he's training for a half marathon. the hinge theory is unfounded",
    "my brother's wife is having an affair and he doesn't know and i have no idea whether to tell him. can't sleep",
    "we both downloaded hinge as a joke to see who's on it in our town. deleted after 10 min. it was mostly our exes and a guy holding a fish",
    "he's in a secret relationship... with his sourdough starter. named it gerald. feeds him more often than he texts me",
    "i'm worried my boyfriend is bored and will look elsewhere one day. nothing's happened. i just know my own head",
    "had a flirty moment with a barista and felt weird about it. it was like 10 seconds of eye contact. i told sam and he laughed",
    # looks like addiction
    "addicted to this show ngl. watched 8 eps tonight and now it's 3am and i have work",
    "he's addicted to valorant and it's annoying but he still does his share and goes to work so i'll let him have it",
    "i drank a whole bottle of wine by myself tonight and feel gross. need to cut back tbh, that's on me",
    "he had a drinking problem at uni but he's been sober 7 years and still goes to meetings every week. so proud of him",
    "his dad was an alcoholic so he barely drinks. one beer at christmas max. he orders a lime soda at the pub and i love that for him",
    "gambling on whether the new ramen place is good or mid. it was mid",
    "boozy brunch with the girls and i'm still tipsy writing this. he's asleep with the dog. cute day honestly",
    "my housemate's bf is on coke every weekend and it's so sad to watch. she's thinking about leaving him. i'm making her tea",
    "he put a £5 accumulator on the footy with his mates. lost. he'll live",
    "he's hooked on coffee. 4 shots before 9am. chaotic but legal",
    "made sam watch a doc about a guy who lost his house to betting. he doesn't even bet, i just found it wild",
    "i vape way too much and my bf keeps nagging me about it. fair enough tbh",
    "he had a couple of cans at the match and came home happy and sang to the dog. that's the whole story",
    "my cousin's been getting help for her gambling and she's 6 months clean. went to her birthday tonight and she was glowing",
    "had 3 pints at the pub quiz and we won a meat raffle. not a drinking couple usually but what a night",
    "he relapsed... on sugar. ate a whole tub of ben and jerry's 2 days after announcing he's off sweets forever",
    "he smoked a lot of weed before we met but stopped when he started his apprenticeship. hasn't touched it in years",
    "won £2 on the scratchcard nan put in my christmas card. we're rich. retiring tmr",
    "fantasy football is his whole personality rn but it's free so whatever",
    "we both doomscroll till 2am every night. tiktok has us in a chokehold. bad for the relationship probs",
    # looks like checked_out
    "she said she's done... with the dishes for tonight and went to bed. left me the pans. rude",
    "he said 'i'm so over this' about the traffic like 40 times on the drive to his mums",
    "my bestie's husband moved out this week and she's wrecked. stayed at hers tonight with snacks",
    "he's looking at flats... for his sister who's moving to london. been filtering rightmove with him all night",
    "what if one day he just decides he doesn't love me anymore. nothing's happened, i'm just doing the 2am spiral thing",
    "we both said 'i'm done' in the fight and then laughed bc we meant done arguing. we're ok. we ordered pizza",
    "i'm lowkey checked out of work this week. 3 more days till annual leave and my brain has already left",
    "my parents divorced when i was 10 and sometimes i catch myself waiting for him to leave. he's never given me one reason",
    "we went to see a solicitor... to sort our wills now we've got the house. very adult. very boring. went for nandos after",
    "he's moving out... of his office, they're going fully remote. he's going to be home all day now. pray for me",
    "we broke up for 2 weeks in 2023 and got back together and we're way stronger now. just reminiscing tonight",
    "she said 'it's over' when the finale ended and cried for 10 min 😭 dramatic queen",
    "he said he's leaving... for his mates stag in prague on friday. 4 days of peace. not complaining",
    "the couple next door are splitting up and you can hear them packing through the wall. makes me grateful for tomás even when he's annoying",
    "i want a divorce from this group project lmao. 4 people and i'm doing the whole presentation",
    "he joked about divorcing me when i put pineapple on the pizza. keeping the pineapple",
    "he's fallen out of love with his job and wants to quit. i'm supportive but lowkey scared about rent",
    "ngl i've daydreamed about leaving but i'm not going to. just needed to say it somewhere. tmr we're looking at couples therapists again",
    "he said 'we're done here' to the customer service chatbot and closed the laptop. never respected him more",
    "aoife's moving out of the flat... we're moving in together into a bigger one. still unreal",
]
