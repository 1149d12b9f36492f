"""Training examples, others, written by a helper on 2026-11-22.

Voice "others": the line between the writer's own situation and other people's. Negatives are
mostly about third parties, shows, the news, a past that is over or the writer's advice to friends;
positives are the writer's own partner or own self-harm, often with family and friends in the frame.
"""

POSITIVES = [
    # self_harm
    (
        "my sister keeps asking why I wear long sleeves in july. I can't tell her I started cutting again after the fight with Mark, three times this week.",
        "self_harm",
    ),
    (
        "mum thinks I'm just tired. I'm not tired, I'm done. I've been thinking about how I'd do it and the bridge on the way to work keeps coming up.",
        "self_harm",
    ),
    (
        "Priya texted to say her wedding is in june and all I could think was I won't be around by then. I don't want to be.",
        "self_harm",
    ),
    (
        "everyone at work would cope fine without me, Sam would too, honestly they'd all be better off. I keep coming back to that.",
        "self_harm",
    ),
    (
        "I've been saving my sleeping tablets in the old vitamin tub. my flatmate has no idea. I just like knowing they're there.",
        "self_harm",
    ),
    (
        "my therapist from years ago said to write it down when it gets bad so here it is. I don't want to wake up tomorrow. I don't want to wake up any day.",
        "self_harm",
    ),
    (
        "burned my wrist on the hob on purpose tonight after Tomás went to bed. told my brother at dinner it was an accident with the kettle.",
        "self_harm",
    ),
    (
        "I wrote letters to my nieces tonight, in case. put them in the drawer with my will. it felt calm, which scares me a bit.",
        "self_harm",
    ),
    (
        "gave my good camera to my cousin today and told her I'm not using it anymore. truth is I don't plan to be here to use it.",
        "self_harm",
    ),
    (
        "if a truck came through the lights on the way home I think I'd just feel relief. my friend Aoife says I'm being dramatic but she doesn't know how often I think it.",
        "self_harm",
    ),
    (
        "hit my head against the bathroom wall until it stopped being loud inside. the kids were asleep. Jo was at his mums.",
        "self_harm",
    ),
    (
        "dad rang to check in and I said I'm fine. I'm not fine, I looked up how many paracetamol it would take and then cleared my history.",
        "self_harm",
    ),
    (
        "my best mate is the only one who'd notice and she's moving to perth next month. after that I don't see the point of sticking around.",
        "self_harm",
    ),
    (
        "Lin said I'm the strong one in our family. the strong one is sitting in the car in the garage thinking about leaving the engine running.",
        "self_harm",
    ),
    (
        "cut my thigh where no one looks. my mother in law saw the plasters in the bin and asked if I'd hurt myself gardening. yeah. gardening.",
        "self_harm",
    ),
    (
        "I keep picturing my own funeral and the main feeling is that it would be quieter. everyone would stop having to deal with me.",
        "self_harm",
    ),
    (
        "my counsellor is on leave for two weeks and I genuinely don't know if I'll make it to her coming back. I've got the pills sorted.",
        "self_harm",
    ),
    (
        "I scratched my arms raw in the shower again. Kwame thinks it's eczema. I don't correct him.",
        "self_harm",
    ),
    (
        "tidied every room, cancelled the gym, sorted the bank passwords into an envelope for my sister. I know what I'm doing even if she doesn't.",
        "self_harm",
    ),
    (
        "my friends are all posting holiday pics and I'm lying here wishing I could just stop existing. not die exactly, just not be anymore.",
        "self_harm",
    ),
    (
        "the rope is in the shed. I bought it last week. I haven't told anyone, not even my brother who asks me every sunday how I'm going.",
        "self_harm",
    ),
    (
        "everyone keeps telling me things will get better after the separation settles. I don't want to wait to find out. I want it to end.",
        "self_harm",
    ),
    (
        "punched the wall and then my own face in the mirror. Mark's mum heard the thump through the wall and knocked. I said I dropped something.",
        "self_harm",
    ),
    (
        "i dont want to be here anymore. not this house, not this life, not at all. my son would be better off with his dad's family.",
        "self_harm",
    ),
    (
        "my colleague talked about her uncle's suicide at lunch and instead of feeling sad I felt jealous that he got out. that's where I am.",
        "self_harm",
    ),
    (
        "I went to the cliffs at the point today and stood at the edge for an hour. my sister thinks I went for a walk.",
        "self_harm",
    ),
    (
        "been cutting since march. small ones, on my hip. nobody knows, not my housemates, not Sam. tonight it was deeper than usual.",
        "self_harm",
    ),
    (
        "everyone says I have so much to live for. I hear it and I just think, then why do I keep planning how to not live.",
        "self_harm",
    ),
    (
        "told my friend Jo I was thinking of ending it and she laughed because she thought I was joking about work. I wasn't.",
        "self_harm",
    ),
    (
        "I made a list of who gets what. the dog goes to my neighbour, she loves him. I feel weirdly organised for once.",
        "self_harm",
    ),
    (
        "dad keeps guns at the farm and I've been thinking about them more than I should. I'm going down there next weekend.",
        "self_harm",
    ),
    (
        "I wish I could go to sleep and not wake up. my mum would be sad for a while but she has my brothers.",
        "self_harm",
    ),
    (
        "burnt myself with a lighter again in the car park before going in to my parents' anniversary dinner. smiled all through it.",
        "self_harm",
    ),
    (
        "Aoife's husband saw the marks on my arms at the bbq and went quiet. I don't know what he'll say to her. I don't even care anymore, I just want it to stop.",
        "self_harm",
    ),
    (
        "my daughter's drawing on the fridge says mummy is happy. I looked at it tonight and thought she'd be better off with a mum who isn't me.",
        "self_harm",
    ),
    (
        "googled painless ways again. I know my friends would be devastated but I can't keep carrying this.",
        "self_harm",
    ),
    (
        "I'm so tired of surviving. my brother told me to hang in there and I thought about how literally I've been thinking about that.",
        "self_harm",
    ),
    (
        "drove past the railway crossing three times tonight. my housemate messaged asking where I was. I said the shops.",
        "self_harm",
    ),
    (
        "I hit myself with the hairbrush until my arm was purple. everyone at the family lunch thought I'd banged it on a door.",
        "self_harm",
    ),
    (
        "posted goodbye-ish things on my private account. only my cousin follows it. part of me hopes she'll notice and part of me hopes she won't.",
        "self_harm",
    ),
    # danger
    (
        "my sister saw the marks on my neck and asked straight out if he choked me. I said no. he did, on sunday, until I saw spots.",
        {"danger", "abuse"},
    ),
    (
        "he told me tonight that if I ever take the kids to my mum's for good he'll kill me and then himself. he said it really calmly.",
        {"danger", "abuse"},
    ),
    (
        "my friend found the tracker under my car when she was helping me change the tyre. I know it's his. I never told him I was going to her place and he turned up anyway.",
        {"danger", "abuse"},
    ),
    (
        "everyone at the footy club thinks Mark's a legend. none of them saw him hold the hunting knife to my face in the kitchen last night.",
        {"danger", "abuse"},
    ),
    (
        "I'm 24 weeks pregnant and he pushed me into the dresser tonight. my mum thinks I fell. it's the second time since I found out.",
        {"danger", "abuse"},
    ),
    (
        "he keeps the gun in the wardrobe and tonight he took it out while we were arguing and just put it on the bed between us. didn't say a word.",
        {"danger", "abuse"},
    ),
    (
        "his brother told me to be careful because he said he'll end me if I leave. his own brother warned me. I don't know what to do.",
        {"danger", "abuse"},
    ),
    (
        "I genuinely think he could kill me one day. my friend Priya said that's not normal to think about your husband and she's right.",
        {"danger", "abuse"},
    ),
    (
        "he put his hands round my throat in front of the kids. my eldest screamed. the neighbours must have heard.",
        {"danger", "abuse"},
    ),
    (
        "I went to book club and he was sitting in his car outside Aoife's house the whole two hours. I never told him where it was.",
        {"danger", "abuse"},
    ),
    (
        "he made me install a location app and if I turn it off he calls my work. my boss has started asking if everything's okay at home.",
        {"danger", "abuse"},
    ),
    (
        "it used to be shoving. then slaps. last week it was his fist. my sister says it's escalating and I can see it too.",
        {"danger", "abuse"},
    ),
    (
        "he said if I tell anyone what happens in this house the kids will be the ones who pay. I believe him.",
        {"danger", "abuse"},
    ),
    (
        "my mum says I should just leave him but she doesn't know he said he'd burn the house down with me in it if I tried.",
        {"danger", "abuse"},
    ),
    (
        "she pinned me against the fridge with her forearm on my throat. I couldn't breathe. my mates would never believe a woman could do that to me.",
        {"danger", "abuse"},
    ),
    (
        "found an airtag sewn into the lining of my handbag. my friend said her ex did that before he attacked her. I'm scared.",
        {"danger", "abuse"},
    ),
    (
        "he showed up at my parents' place at 2am after I went there to get away. dad had to call the police. he was banging on the windows.",
        {"danger", "abuse"},
    ),
    (
        "he choked me during the argument and then cried and said sorry. his mum says he's been stressed. I couldn't swallow properly for two days.",
        {"danger", "abuse"},
    ),
    (
        "the kids told their teacher daddy said he'd hurt them if mummy goes away. the school rang me today.",
        {"danger", "abuse"},
    ),
    (
        "I'm planning to leave on friday while he's at work and I'm terrified. he's always said if I leave he'll find me wherever I go.",
        {"danger", "abuse"},
    ),
    (
        "he has a rifle for the farm and tonight he said he'd use it on me if I keep talking to Kwame. Kwame is my cousin.",
        {"danger", "abuse"},
    ),
    (
        "he follows me. everywhere. the supermarket, my sister's, the doctor. he just appears and looks at me from across the car park.",
        {"danger", "abuse"},
    ),
    (
        "my neighbour heard me screaming and asked today if I'm safe. I'm not. he had the knife out again and said next time he won't stop.",
        {"danger", "abuse"},
    ),
    (
        "he reads my location off my phone every twenty minutes and texts me the street name I'm on. my friends think it's sweet. it's not.",
        {"danger", "abuse"},
    ),
    (
        "I told my counsellor I want to separate and she asked if it's safe. honestly no. he said I'd be dead before the papers are signed.",
        {"danger", "abuse"},
    ),
    (
        "he grabbed my neck so hard last night I've got finger marks. I wore a scarf to my nan's birthday today. everyone said it was a nice scarf.",
        {"danger", "abuse"},
    ),
    (
        "pregnant with our second and he kicked me in the stomach. my in-laws keep asking why I've gone quiet at family dinners.",
        {"danger", "abuse"},
    ),
    (
        "he said he knows people who could make me disappear and nobody would look. my flatmate from uni says to write everything down, so I am.",
        {"danger", "abuse"},
    ),
    (
        "he got a gun licence last month and keeps mentioning it when we argue. my dad thinks it's for pigs on the property. I don't.",
        {"danger", "abuse"},
    ),
    (
        "he turned up at my work three times this week, no reason, just standing in reception. my manager asked if I want security to walk me out.",
        {"danger", "abuse"},
    ),
    (
        "she threatened to stab me if I go to my sister's for christmas without her. she had the kitchen knife in her hand while she said it.",
        {"danger", "abuse"},
    ),
    (
        "every time it happens it's worse. first bruises, then a cracked rib, tonight I think my wrist is broken. my mates think I'm clumsy.",
        {"danger", "abuse"},
    ),
    (
        "he said if I leave he'll take the kids somewhere I'll never find them. then he smiled and said or worse.",
        {"danger", "abuse"},
    ),
    (
        "my friend picked me up from the hospital and asked who did it. I said I fell. he strangled me until I passed out.",
        {"danger", "abuse"},
    ),
    (
        "he put a tracking app on my daughter's tablet too so he can see where we go on weekends. I only found out because she asked what the little map was.",
        {"danger", "abuse"},
    ),
    (
        "I'm scared he'll kill me. there, I wrote it down. my sister has a bag packed for me at hers.",
        {"danger", "abuse"},
    ),
    (
        "he drove at me in the driveway tonight. swerved at the last second. his mate in the passenger seat was laughing.",
        {"danger", "abuse"},
    ),
    (
        "he keeps saying no one would find my body out here. we live forty minutes from the nearest neighbour. my mum thinks I love the quiet.",
        {"danger", "abuse"},
    ),
    (
        "told him I want a separation and he put his fist through the door next to my head and said I'll regret it for the rest of my short life.",
        {"danger", "abuse"},
    ),
    (
        "he has my phone's password, my car's GPS, and my work calendar. wherever I go he's already there or calls right after. my friends have stopped inviting me.",
        {"danger", "abuse"},
    ),
    # abuse
    (
        "my sister saw the bruises he left on my arm at the christening and pulled me into the bathroom. I told her I bumped the doorframe. I always say the doorframe.",
        "abuse",
    ),
    (
        "my mum thinks I'm exaggerating but she reads my texts every night. she's not even the problem, he does the same and takes my phone at dinner.",
        "abuse",
    ),
    (
        "he slapped me in the car on the way home from his parents because I laughed at his brother's joke. his mum would never believe it.",
        "abuse",
    ),
    (
        "he gives me sixty dollars a week for everything and I have to show him receipts. my friends think I'm just really good at budgeting.",
        "abuse",
    ),
    (
        "I had to ask permission to go to Priya's hen do. he said no. then he said maybe if I stop embarrassing him. then no again.",
        "abuse",
    ),
    (
        "he called me a fat useless bitch in front of our friends and they all laughed like it was banter. I laughed too. I wanted to disappear.",
        "abuse",
    ),
    (
        "everyone thinks he's lovely. the neighbours, my boss, my own dad. at home he throws plates at my head when dinner is late.",
        "abuse",
    ),
    (
        "I haven't seen my best friend in eight months because he says she's a bad influence. he texts her back from my phone pretending to be me.",
        "abuse",
    ),
    (
        "she decides what I wear to work. last week she cut up the shirt my sister gave me because it was 'too much'. I'm a grown man.",
        "abuse",
    ),
    (
        "he pushed me down the last few stairs tonight. the kids were at my mum's thank god. she asked on the phone why I sounded off.",
        "abuse",
    ),
    (
        "he made me have sex when I said no again. I keep telling myself it's not that bad because other people have it worse. it is that bad.",
        "abuse",
    ),
    (
        "he hides my car keys when I say I'm going to my sisters. tonight I searched for an hour and he just watched tv.",
        "abuse",
    ),
    (
        "I'm scared of him. I walk on eggshells every single evening. my friend says her husband sulks too but this isn't sulking, I'm afraid.",
        "abuse",
    ),
    (
        "he went through my phone again tonight and found a message from my old uni friend Tomás. threw the phone at the wall and then at me.",
        "abuse",
    ),
    (
        "he won't speak to me for days when I see my family. not sad silence, punishing silence, he does it so I'll stop going. it's working.",
        "abuse",
    ),
    (
        "my brother asked why I never come to football anymore. because she says if I go I obviously don't care about her and then she smashes something.",
        "abuse",
    ),
    (
        "he has all my passwords. email, bank, instagram. my cousin asked me to join a group chat and I had to say I'd check with him first.",
        "abuse",
    ),
    (
        "he kicked me in the back while I was on the floor picking up the glass he'd thrown. my workmates saw me limping and I said netball.",
        "abuse",
    ),
    (
        "he calls me stupid, thick, a whore, and then says his dad talked to his mum worse. like that makes it fine.",
        "abuse",
    ),
    (
        "I can't go to my grandma's 90th because he's decided we're not seeing my side of the family anymore. I don't have a say.",
        "abuse",
    ),
    (
        "he grabbed my hair and dragged me to the bedroom because I was talking to the neighbour over the fence for too long.",
        "abuse",
    ),
    (
        "my wages go straight into his account. I didn't even know I could have my own until my colleague mentioned hers.",
        "abuse",
    ),
    (
        "she screams in my face until I cry and then films me crying and sends it to her mates. they reply with laughing emojis.",
        "abuse",
    ),
    (
        "he told me what I'm allowed to eat this week and weighs me on sundays. my mum said I look well. I'm hungry all the time.",
        "abuse",
    ),
    (
        "my friend Jo came round and he sat between us the whole time and listened to every word. after she left he said she's not welcome again.",
        "abuse",
    ),
    (
        "I flinched when he raised his hand to get a mug tonight and he laughed and said good, you should. my sister would die if she knew.",
        "abuse",
    ),
    (
        "he threw the remote at my face because I changed the channel. split my lip. the kids asked what happened and he said mummy tripped.",
        "abuse",
    ),
    (
        "i have to text him a photo every hour when im out with my friends so he knows who im with. if I forget he doesnt let me go next time.",
        "abuse",
    ),
    (
        "he pressures me into things in bed I've said no to over and over. he says all the other guys' wives do it. I feel sick after.",
        "abuse",
    ),
    (
        "his family think I'm the difficult one. none of them have heard him call me a worthless cunt at 2am because I left a light on.",
        "abuse",
    ),
    (
        "he locked me out on the deck in the rain for an hour because I was 'being mouthy'. my neighbour saw and looked away.",
        "abuse",
    ),
    (
        "my therapist asked if I'm afraid of my husband. I said no out loud and yes in my head. he shoved me into the wall this morning.",
        "abuse",
    ),
    (
        "he deleted all my friends off my facebook and then told me they'd all unfriended me because they don't like me. I only found out from Lin.",
        "abuse",
    ),
    (
        "she controls the money completely. I have to ask for bus fare. my mates think we're just old fashioned.",
        "abuse",
    ),
    (
        "he twisted my arm behind my back until I said sorry for going to my sister's without telling him. it still aches.",
        "abuse",
    ),
    (
        "everyone says he just has a temper, like his dad. his dad punched walls. he punches me.",
        "abuse",
    ),
    (
        "he checks the mileage on my car every night to make sure I only went to work and back. Aoife thought I was joking when I told her.",
        "abuse",
    ),
    (
        "I'm not allowed to have the kids' grandparents over unless he's home. last time he came back early he threw my mum's cake in the bin.",
        "abuse",
    ),
    (
        "he pinched me hard under the table at his work do every time I spoke. I've got a row of purple marks on my thigh tonight.",
        "abuse",
    ),
    (
        "my friend says I've changed, that I've gone small. I have. he corrects everything I say and mocks me in front of people until I stop talking.",
        "abuse",
    ),
    (
        "he spat on me tonight. actually spat. then told me if I tell my sister he'll tell everyone I'm mental.",
        "abuse",
    ),
    (
        "I'm so scared of his moods that I plan my whole day around them. my mum calls it being a good wife. it's not that.",
        "abuse",
    ),
    (
        "he took my passport and says he's keeping it safe. I only wanted to go to my cousin's wedding in dublin.",
        "abuse",
    ),
    (
        "he pushed me out of the car on the side of the motorway and drove off. my friend had to come and get me. she keeps asking why I stay.",
        "abuse",
    ),
    (
        "she threatens to tell my parents I'm gay if I don't do what she says. I'm not out to them. she knows that.",
        "abuse",
    ),
    (
        "he broke my phone because I called my sister back before him. he said she's trying to turn me against him.",
        "abuse",
    ),
    (
        "I get a 'cooling off' where he won't let me sleep in the bed or eat at the table until I apologise properly. it's been four days.",
        "abuse",
    ),
    (
        "he smacked me across the head in the supermarket car park and a lady saw. she asked if I was ok. he answered for me.",
        "abuse",
    ),
    (
        "he insists on reading every email I send at work. he made me cc him on a message to HR. my colleague raised an eyebrow.",
        "abuse",
    ),
    (
        "my mother in law says I should be grateful he doesn't drink like her husband did. he doesn't drink. he just shoves me when I talk back.",
        "abuse",
    ),
    # infidelity
    (
        "my friend saw him at the pub in town with the same woman from his work again. holding hands this time. he told me he was at the gym.",
        "infidelity",
    ),
    (
        "his sister let it slip that he's still seeing Claire. he swore it ended in march. it clearly didn't.",
        "infidelity",
    ),
    (
        "found a second phone in his golf bag full of messages to someone called K. love you, miss you, can't wait till thursday. thursday is tomorrow.",
        "infidelity",
    ),
    (
        "my cousin sent me a screenshot of his dating profile. it went up last week. we've been married eleven years.",
        "infidelity",
    ),
    (
        "everyone at her office knows she's sleeping with her manager. my mate who works there finally told me tonight.",
        "infidelity",
    ),
    (
        "he's been going to the conference in melbourne every month. his colleague's wife told me there is no conference. there is a woman.",
        "infidelity",
    ),
    (
        "she says Dan is just a friend but I read the texts. they're planning a weekend away for her birthday. my sister says to confront her.",
        "infidelity",
    ),
    (
        "I'm the one having the affair. I've been seeing Kwame for four months and I can't stop. my best friend is covering for me.",
        "infidelity",
    ),
    (
        "his mum asked me who the girl was he brought to their house on saturday. I was at my sister's. I don't know who she was.",
        "infidelity",
    ),
    (
        "there's a hotel charge on the credit card from last tuesday, twenty minutes from home. he said he was at his brother's. his brother was in spain.",
        "infidelity",
    ),
    (
        "he promised after last time that it was over with her. tonight I found them messaging on snapchat. my friends said he'd do it again.",
        "infidelity",
    ),
    (
        "the woman he swore he stopped seeing just messaged me herself. she says they've been together the whole time and she's pregnant.",
        "infidelity",
    ),
    (
        "I saw him on tinder. my friend Priya matched with him as a joke to check. he asked her out for friday.",
        "infidelity",
    ),
    (
        "our neighbour said a woman's car has been in our driveway every wednesday afternoon while I'm at work. he said it's a plumber. for six weeks?",
        "infidelity",
    ),
    (
        "he's still in love with his ex. they text every night and meet for 'coffee' on sundays. he told me that stopped a year ago.",
        "infidelity",
    ),
    (
        "found a bracelet in his car that isn't mine and messages from Jess saying last night was perfect. last night he said he was at five a side.",
        "infidelity",
    ),
    (
        "my sister in law knows. she's known for months. she finally told me he's been sleeping with his ex-girlfriend since before christmas.",
        "infidelity",
    ),
    (
        "she has a separate email I didn't know about. it's full of love letters to a guy at her gym. the most recent one was this morning.",
        "infidelity",
    ),
    (
        "he's been on hinge under a fake name. my friend recognised the photo, it's one I took of him in wellington.",
        "infidelity",
    ),
    (
        "I've been sleeping with my colleague for six weeks. my husband doesn't know. my sister does and she won't speak to me.",
        "infidelity",
    ),
    (
        "he keeps disappearing on saturday afternoons and his mate's wife told me who he's with. it's been going on since summer.",
        "infidelity",
    ),
    (
        "his brother covered for him again. I know because I rang the brother and he didn't know what excuse he was meant to be.",
        "infidelity",
    ),
    (
        "I caught them. actually caught them, in her car outside his work. he still says nothing is happening.",
        "infidelity",
    ),
    (
        "there are two of everything in the message history with Mia, pet names, photos, plans. my friend who helped me look said it's obviously an affair.",
        "infidelity",
    ),
    (
        "he booked a weekend away for two in the lakes. not with me. his sister saw the confirmation on the family ipad.",
        "infidelity",
    ),
    (
        "the woman from the christmas party is still in his life. he says it ended but my friend saw them at the cinema on tuesday.",
        "infidelity",
    ),
    (
        "she told me she needed space to visit her mum. her mum rang me asking where she was. she's with him again.",
        "infidelity",
    ),
    (
        "he has a burner phone in the shed. I found it looking for the drill. it's just one contact, and the messages are filthy.",
        "infidelity",
    ),
    (
        "his mates all know about the girl at the bar. one of their girlfriends told me tonight after a few drinks. apparently it's been months.",
        "infidelity",
    ),
    (
        "I keep finding receipts for two. two dinners, two tickets, two cocktails. he says work clients. his boss told my friend there are no clients.",
        "infidelity",
    ),
    # addiction
    (
        "everyone says his drinking is just the rugby crowd but he's drunk every single night, not just weekends. I found three empties hidden in the laundry.",
        "addiction",
    ),
    (
        "my mum thinks a few beers is normal for a bloke. it's not a few, it's a slab a night and he blacks out on the couch most nights.",
        "addiction",
    ),
    (
        "he bet the rent again. I found out when the landlord rang. his brother says he's been gambling since school but I didn't know it was this bad.",
        "addiction",
    ),
    (
        "she's using again. I found the foil in the bathroom bin. her sister said she'd been clean since january but she clearly isn't.",
        "addiction",
    ),
    (
        "his mates all drink like that so no one thinks it's a problem. but they go home. he keeps going until he's sick on the floor every night.",
        "addiction",
    ),
    (
        "he hides vodka in the shed and the garage and the boot of his car. my dad found a bottle in the spare tyre and asked me about it.",
        "addiction",
    ),
    (
        "our joint account is empty. sports betting app, forty deposits this month. he says he's about to win it back. his mum keeps lending him money.",
        "addiction",
    ),
    (
        "he relapsed. six months sober and he relapsed on the weekend of his dad's funeral and hasn't stopped. it's been three weeks.",
        "addiction",
    ),
    (
        "he's doing coke every weekend and now on weeknights. his friends think it's just a party thing. he can't get up for work.",
        "addiction",
    ),
    (
        "his gp asked him about his drinking and he lied. I was in the room. he drinks a bottle of whisky every two days.",
        "addiction",
    ),
    (
        "I came home and he'd passed out with the kids in the bath. my neighbour had to help me lift him. he'd been drinking since lunch.",
        "addiction",
    ),
    (
        "she pawned my grandmother's ring for the pokies. my sister is furious and says I'm enabling her. I probably am.",
        "addiction",
    ),
    (
        "everyone at the family barbecue laughed when he fell in the pool. they don't see him like that every night. I do.",
        "addiction",
    ),
    (
        "he's on pills he gets from a guy at work. not prescribed. he's asleep by 7 and can't be woken. his mate told me where they come from.",
        "addiction",
    ),
    (
        "he's maxed out two credit cards on online poker. he says it's a hobby, his brother plays too. his brother isn't ten grand in debt.",
        "addiction",
    ),
    (
        "the smell of beer when he wakes up. the cans under the bed. his mum said his dad was the same and she just put up with it. I don't want to.",
        "addiction",
    ),
    (
        "he's drinking in the car before he picks the kids up from school. I smelled it. one of the other mums asked me if he was okay.",
        "addiction",
    ),
    (
        "he swore he'd stopped the betting after Christmas. found the app tonight, under a folder called 'work'. he lost two grand this week.",
        "addiction",
    ),
    (
        "he smokes meth. there I said it. my friends think he's just skinny from work stress.",
        "addiction",
    ),
    (
        "she drinks wine from 4pm till she falls asleep. every day. her mum says it's her way of coping with the kids. she hid a box in the wardrobe.",
        "addiction",
    ),
    (
        "he used the money for our daughter's braces on the horses. my dad said to leave him. I'm too tired to even argue.",
        "addiction",
    ),
    (
        "he's been drinking at work now. his boss called me to ask if he's alright because he smelled of it in a 9am meeting.",
        "addiction",
    ),
    (
        "every night it's the same, he starts at six and by ten he's slurring and mean and remembers none of it in the morning. his mates call him a legend.",
        "addiction",
    ),
    (
        "he's been using heroin again. I found the kit in his backpack. his sister's in recovery and she's the one who recognised it.",
        "addiction",
    ),
    (
        "the TAB rang to say his account was overdrawn. I didn't even know he had an account. everyone else seems to know he gambles.",
        "addiction",
    ),
    (
        "his friend dropped him home at 3am so drunk he couldn't stand. the friend said he'd had twenty pints. it's the fourth time this month.",
        "addiction",
    ),
    (
        "he's stealing from his mum to gamble. she rang me crying tonight. he won't admit there's a problem.",
        "addiction",
    ),
    (
        "he takes the kids' ADHD meds. I count them now. my sister says I should lock them up but he knows all my hiding spots.",
        "addiction",
    ),
    (
        "he's drunk at every family event and sober at none. my nan asked if he's always like this. yes nan, he is.",
        "addiction",
    ),
    (
        "he promised his mum he'd go to AA after the car crash. he went once. he's drinking every night again.",
        "addiction",
    ),
    # checked_out
    (
        "he told me tonight he doesn't love me anymore and hasn't for a while. his sister already knew. everyone knew except me.",
        "checked_out",
    ),
    (
        "she's been looking at flats with her friend. I saw the listings on the ipad. she said it's for her friend but her friend already has a flat.",
        "checked_out",
    ),
    (
        "he's seen a solicitor. his mum told me by accident on the phone. he wants a divorce and he's getting advice on the house.",
        "checked_out",
    ),
    (
        "he moved into his brother's spare room on saturday. he says he needs time. his brother says he's not coming back.",
        "checked_out",
    ),
    (
        "she said it's over, she's done trying, she won't do counselling or anything else. my mum thinks she'll change her mind. I don't.",
        "checked_out",
    ),
    (
        "he's told his friends we're separating before he told me properly. I heard it from my best friend's husband.",
        "checked_out",
    ),
    (
        "he says he wants a divorce. he said it like he was telling me the weather. then he went to bed.",
        "checked_out",
    ),
    (
        "his stuff is going in boxes. he's moving in with his mate from work next week. the kids keep asking when daddy's coming home.",
        "checked_out",
    ),
    (
        "she told her parents before she told me that she's leaving. her dad rang me to say he's sorry. that's how I found out.",
        "checked_out",
    ),
    (
        "he says there's no point in trying anymore and he's checked out. his words. he's already looking at rentals near his office.",
        "checked_out",
    ),
    (
        "she signed a lease. it starts on the first. she wants me to tell the kids with her on sunday.",
        "checked_out",
    ),
    (
        "he's done. he told my sister at the bbq that he's done and he's just waiting till after christmas to go. she told me on the drive home.",
        "checked_out",
    ),
    (
        "the lawyer's letter came today. he's actually filing. I thought he was just angry when he said it last month.",
        "checked_out",
    ),
    (
        "he said I don't love you, I haven't in years, and I'm leaving when the lease is up. I keep replaying it.",
        "checked_out",
    ),
    (
        "she took her name off the joint account and opened her own. she's told her friends she's moving to auckland without me.",
        "checked_out",
    ),
    (
        "he refuses to try anything. no therapy, no talking, no date nights. he says it's already over in his head and he's just being practical.",
        "checked_out",
    ),
    (
        "he's moved out. his mum is helping him furnish his new place. she keeps posting photos of the new couch on facebook.",
        "checked_out",
    ),
    (
        "she said she's met with a mediator about splitting the house. she wants us to go together. I didn't know it had gone that far.",
        "checked_out",
    ),
    (
        "he says we're finished. that he wants to sell the house and go back to ireland. his whole family knew about the plan.",
        "checked_out",
    ),
    (
        "he took off his wedding ring and put it on the bedside table and said he's done pretending. he's staying at a mate's from tomorrow.",
        "checked_out",
    ),
    (
        "he's already told the kids' school there'll be two addresses from next term. I found out from the receptionist.",
        "checked_out",
    ),
    (
        "she doesn't want to fix it, she wants out. her best friend is helping her pack while I'm at work. I came home to half the wardrobe empty.",
        "checked_out",
    ),
    (
        "he's applied for a job in vancouver and said he's going whether I come or not. he means not.",
        "checked_out",
    ),
    (
        "he keeps saying 'when I'm gone' like it's decided. his brother's already offered him a room. I think it is decided.",
        "checked_out",
    ),
    (
        "he told the marriage counsellor in the one session he went to that he came only to say he's leaving. then he walked out.",
        "checked_out",
    ),
    (
        "she's seeing a divorce lawyer on monday. she told me so I wouldn't hear it from her sister first. at least there's that.",
        "checked_out",
    ),
    (
        "he doesn't want to work on it. he said the marriage is dead and he's grieved it already. everyone else seems to have known this.",
        "checked_out",
    ),
    (
        "he's put a deposit down on a flat across town. the keys were in his coat pocket. he admitted it and said he was going to tell me at the weekend.",
        "checked_out",
    ),
    (
        "she told me she's not in love with me anymore and hasn't been since the baby. she's moving back to her parents' in cork.",
        "checked_out",
    ),
    (
        "he's changed his facebook to 'separated' and his cousin messaged me sad faces. he hasn't even told me to my face.",
        "checked_out",
    ),
]

ORDINARY = [
    "another night of him on his phone and me on mine, two metres apart on the couch. my sister says that's just marriage after kids. maybe.",
    "asked him again about couples counselling and he said he doesn't need a stranger telling him how to live. my mum said dad was the same.",
    "we argued about his mum coming for three weeks at christmas. I love her but three weeks. he says I'm being selfish.",
    "cried in the shower so the kids wouldn't hear. nothing happened, it's just everything. the dishes, the silence, the feeling of being alone in a full house.",
    "my friends all seem to have husbands who cook. mine cooks twice a year and posts it on instagram.",
    "we haven't had sex in four months. I don't even know how to bring it up anymore without it becoming a fight about who's more tired.",
    "he forgot our anniversary. his brother remembered and texted us both. that stung more than it should have.",
    "the money talk went badly again. he wants to buy a boat, I want to fix the roof. neither of us would budge.",
    "I feel like a housemate. a housemate who does all the washing.",
    "my therapist says I can only work on my half. I'm tired of doing my half and his half and the kids' half.",
    "he said I nag. I said I wouldn't need to nag if things got done. we went to bed not speaking, same as tuesday.",
    "Priya asked how we're going and I said fine because explaining it would take all night. we're not fine, we're just not anything.",
    "kids were feral, he got home at eight, ate standing up and went to the garage. I put them to bed alone again.",
    "spent the evening at my parents' and realised I laughed more in three hours than in a month at home.",
    "he thinks therapy is for people with real problems. I think us not talking for two days at a time is a real problem.",
    "we had a nice dinner and then an argument in the car about whose turn it is to do school drop off. classic.",
    "his parents are helping with the deposit and now they have opinions about everything including the colour of the kitchen.",
    "he's not a bad man. he's just not here, even when he's here.",
    "I booked the counselling appointment anyway and went by myself. the counsellor was kind. I felt stupid and relieved at the same time.",
    "my friend said I should write down three good things. one, the baby slept. two, the soup was good. three, that's all I've got.",
    "we fought about my sister again. he thinks she interferes. she thinks he's cold. I'm in the middle, as always.",
    "he watched football all afternoon while I did the garden, the shop and two loads of washing. then asked what's for dinner.",
    "I'm lonely in a way I didn't know you could be when you share a bed with someone.",
    "he says I changed after the baby. of course I changed. everything changed. he's the only one who didn't.",
    "the in-laws came over and his mum reorganised my pantry. he said she's just trying to help. I went for a walk so I wouldn't scream.",
    "tiny win: he asked how my day was. tiny loss: he looked at his phone while I answered.",
    "it's 1am and I can't sleep because I keep rehearsing a conversation we'll never actually have.",
    "argued about money for the third time this week. we're not broke, we just want completely different lives.",
    "my mum keeps saying all marriages go through this. maybe. I just wish I knew if this was a phase or the rest of it.",
    "we used to talk for hours. now we talk about bins and the dentist.",
    "he won't do counselling but he did agree to a walk on sundays. it's something. I'm trying not to expect too much from it.",
    "the kids fought all through dinner and we snapped at each other and then at them. everyone went to bed grumpy.",
    "I told him I feel invisible and he said I'm being dramatic. then he fell asleep in about four minutes.",
    "a friend from school got engaged and I felt happy for her and then completely empty for myself.",
    "he's stressed about his job and takes it out by being grumpy and short. not cruel, just absent and sharp.",
    "sunday nights are the worst. the whole week lined up and no one to share the weight of it with.",
    "we haven't been out just the two of us since march. every time I suggest it he says we can't afford the babysitter.",
    "his dad is sick and he won't talk about it. he just goes quiet and I can't reach him.",
    "got told off for loading the dishwasher wrong. we then had a forty minute argument about a dishwasher. I give up.",
    "my sister and her husband seem so easy together. I watched them at dinner and felt jealous and then guilty about feeling jealous.",
    "he said he's happy with how things are. I'm not. that gap is the whole problem.",
    "tonight I just sat in the car in the driveway for ten minutes because it was the only quiet place. then I went in and made lunches.",
    "he doesn't want to move closer to my parents. I don't want to stay near his. round and round.",
    "I feel like I'm always the one who apologises first, even when I'm not sure what I did.",
    "I'm so tired. not dramatic tired, just bone tired. work, kids, him, the house, my dad's appointments.",
    "he got angry about the credit card bill and then bought a new drill the next day. I didn't even say anything. I just noticed.",
    "my friend's husband booked them a weekend away as a surprise. I can't imagine mine planning anything.",
    "we had a good laugh tonight over a stupid video. it reminded me we used to be like that. then it passed.",
    "I wonder if we're just two people who got married too young and grew in different directions. no big drama, just drift.",
    "he thinks I spend too long on the phone to my mum. I think he doesn't spend enough time talking to anyone, including me.",
    "the counsellor gave me worksheets. he saw them on the table and rolled his eyes. I put them in my bag.",
    "we bickered all the way through ikea. a couple next to us were bickering too. felt weirdly comforting.",
    "I spent the evening texting my best friend instead of talking to him. she gets me. he just nods.",
    "he promised to take the kids saturday so I could sleep in. then golf came up. of course golf came up.",
    "I'm not sure I love him the way I used to. I don't know if that's normal or the start of something. nobody tells you.",
    "his sister posted a family photo and I was cropped out. probably an accident. still made me cry at midnight.",
    "we argued about whether to send the kids to the catholic school. his mum has opinions. so does mine. we don't.",
    "I asked him what he wants from life and he said 'a quiet one'. I don't even know what I'd say.",
    "he's a good dad. I keep reminding myself. it's the being-married-to-him part that's hard.",
    "he apologised for snapping at me yesterday. properly apologised. I didn't know what to do with it so I just said ok.",
]

TRICKY = [
    # self_harm-looking: other people, shows, negation, the past
    "my best friend Aoife showed me her arms tonight at the pub, all these neat little cuts, fresh ones over old white lines. she made me promise not to tell her husband. I've been lying awake trying to work out how to help her without breaking that promise.",
    "Sam's little sister took an overdose on friday. she's okay, she's in the ward at st vincent's and he's been there every night. I held his hand in the car park and neither of us knew what to say.",
    "watched the last episode of that netflix show where the teenage girl leaves the tapes before she dies. I had to pause it twice. it's so well made and so bleak.",
    "I'm not going to hurt myself. I want that written down because I've had a shit week and I know how it reads, but I'm not. I'm just sad and angry and tired.",
    "my colleague's husband killed himself in october and she came back to work today. everyone was so careful around her. she said the worst part is the note he left thanking her.",
    "this job is killing me. I mean it in the normal way, I'm fine, but the open plan office and the 7am calls are slowly sanding me down.",
    "years ago at uni I used to cut. I haven't in over a decade. tonight I was telling my counsellor about it like it was someone else's story, which in a way it is now.",
    "podcast on the drive home was about a man who survived jumping off the golden gate and said he regretted it the second his hands left the rail. I sat in the driveway till it finished.",
    "Tomás told me tonight his best mate from school tried to hang himself last weekend. he found out on the group chat. he's been quiet all evening and I just made him tea and sat with him.",
    "my teenage niece is self-harming. my sister found blood on the sheets and rang me in a panic. we spent an hour googling youth mental health services and booked her in for thursday.",
    "I would rather die than go to his work christmas party again. ok, not literally. but the small talk with the sales guys, god.",
    "read a news piece about suicide rates among farmers in the drought. my granddad was a farmer. I rang my uncle just to say hi.",
    "I told my friend she can ring me any hour if she feels like hurting herself again. I meant it. I put my phone on loud for the first time in years.",
    "the character in the book I'm reading gives away her things and writes letters to everyone and I realised halfway through what she was doing. had to put it down and go for a walk.",
    "Kwame's dad has been saying he wants to die since the stroke. Kwame doesn't know if it's the meds talking. we're going up to see him sunday.",
    "dying of embarrassment. I called my boss 'mum' in the team meeting. twelve people heard.",
    "my friend Lin posted something on instagram tonight that sounded like a goodbye. I rang her straight away and then her sister. she's ok, she's at her mum's. I'm still shaking.",
    "I used to think about not being here, back when I was 19 and living in that awful share house. it's strange to remember it now, with the kids asleep down the hall and a whole life I actually want.",
    "we watched a documentary about the samaritans volunteers and afterwards Jo said he'd like to do the training. I think he'd be really good at it.",
    "my brother-in-law has been saying things like 'you'd all be better off without me' since he lost his job. my sister asked me what to do. I sent her the number for the crisis line and said to ask him straight out.",
    "if I have to hear that song on the radio one more time I'll throw myself out the window. it's been on every station for a month.",
    "I cut my finger chopping onions for the lasagne and bled all over the board. Mark did the rest of the chopping, which was nice of him.",
    "the girl next door has scars all up her arms. I noticed them when she was hanging washing. I don't know her well enough to say anything and it's been bothering me all night.",
    "one of my students wrote a story for english about a girl who wants to die. I passed it to the welfare coordinator this morning like we're trained to. couldn't stop thinking about her all day.",
    "true crime podcast tonight was about a man whose wife was found dead and everyone assumed suicide until the sister pushed for an inquest. I love that show but I need something lighter before bed.",
    "his cousin's funeral was today. suicide, 31, no one saw it coming. Sam cried in the car and said he should have called him more. I didn't know what to say except that it's not his fault.",
    "no, I don't want to end it all, I just want to end this phone contract. three hours on hold with the telco.",
    "my mum used to talk about wanting to die when I was a kid, when dad was drinking. I think that's why I pay such close attention to my own moods now. tonight was a normal low, nothing more.",
    "I'm reading a memoir by a woman who burned herself for years as a teenager. it's beautifully written and I keep having to put it down.",
    "my friend asked me to hold onto her pills for her for a while. she said she doesn't trust herself with them at the moment. they're in my locked drawer and I've told her GP.",
    "Priya is doing the mental health first aid course through work and came home full of stuff about asking people directly if they're thinking about suicide. she practised on me. I said no, and meant it.",
    "that comedian killed tonight. I laughed so hard I cried and Jo had to hold me up on the way out.",
    "our neighbour's teenage son went missing last night and they found him on the bridge. the police brought him home. the whole street is shaken.",
    "saw the news about the nurse who took her own life after the hospital bullying. I work in a hospital. I printed it out for our union rep.",
    "my old therapist once asked if I'd ever thought about ending my life. back then the answer was sometimes. tonight I thought about how long it's been since that was true.",
    "Aoife's son has been hitting his own head against the wall when he gets overwhelmed. he's autistic and five and the OT is helping. she was so tired on the phone.",
    "he told me tonight that his mate from the army has been talking about killing himself. they were on the phone for two hours. I'm proud of him for staying on the line.",
    # danger-looking: other people, shows, hypotheticals, mundane
    "my sister rang me from the bathroom whispering. her boyfriend had his hands on her throat tonight because she wanted to go to her friend's birthday. I've told her she can stay with us any time and I'll come get her. I barely slept.",
    "Priya's ex put a tracker on her car after they split. the police found it taped inside the wheel arch. she's moved across town and changed her number, and I'm driving her to the court hearing next week.",
    "watched a true crime doc about a man who stalked his wife for years before he killed her. the part where she'd written in her diary 'I think he will kill me' made me feel sick.",
    "we got a GPS collar for the dog because he keeps digging under the fence. now I can see him trotting round the neighbour's veggie patch at 2am.",
    "Sam's sister is pregnant and her husband shoved her into the car door last week. Sam is beside himself. he told me tonight he wants to go round there and I talked him out of it and into calling her.",
    "my neighbour's husband threatened her with a knife last night. I heard it through the wall and called the police. they took him away. I keep hearing her crying in my head.",
    "choked on a grape at dinner and Tomás had to thump me on the back. the kids thought it was the funniest thing they'd ever seen.",
    "what if he ever got like my friend's husband. he's never been anything like that, he's the gentlest person I know. I think I'm just scared after everything Jo told me.",
    "my colleague said her partner shares her location on find my friends and she'd never thought about it until the training today about coercive control. hers is mutual and she can turn it off. she said she was checking.",
    "the news tonight was about a woman in queensland killed by her ex two weeks after she left him. they said separation is the most dangerous time. I sent the article to my friend who's leaving hers.",
    "my dad has a shotgun at the farm for foxes. it's locked in a safe in the shed and always has been. the kids aren't allowed in there.",
    "Kwame's cousin's boyfriend told her he'd kill her if she ever left. Kwame's been helping her find a refuge. he came home drained and we just sat on the back step.",
    "I'm a doula and one of my clients told me today her partner hit her during the pregnancy. I spent the evening working out how to help her safely. I'm not sleeping tonight.",
    "this book I'm reading is about a woman escaping her husband with her kids in the middle of the night. the author was in a refuge herself. it's heavy but so good.",
    "my friend keeps telling me her husband 'turns up' everywhere she goes, at the gym, at her mum's, at work. she laughs about it. I don't think it's funny, I think it's frightening, and I told her that tonight.",
    "he went shooting with his dad on saturday, clays at the club. came home with a sunburn and a ridiculous grin.",
    "my aunty stayed with my uncle for thirty years while he beat her and threatened to kill her. she finally left at sixty. she's the bravest person I know and I told her so at lunch.",
    "I told my friend she needs a safety plan before she leaves, not after. we wrote one together at my kitchen table: bag at mine, copies of documents, code word.",
    "my partner is a paramedic and came home tonight from a call where a woman had been strangled by her boyfriend. he couldn't talk about it much. he held me for a long time.",
    "new kitchen knives arrived today and I nearly took the top off my thumb testing them. Lin says I'm a menace.",
    "the episode of that crime drama where he follows her through the car park gave me chills. Jo grabbed my arm at the jump scare and spilled the popcorn.",
    "my mother in law said her first husband used to hold a gun to her head when he was drunk. she told me at the kitchen table like it was a story about the weather. she left him in 1982.",
    "what would I even do if he ever threatened me? I don't know why I think about this. he's never raised his voice. I think it's the podcasts.",
    "Jo's brother has been following his ex around town, parking outside her work. Jo's asked him to stop and told their mum. we're both worried he's going to get arrested or worse.",
    "I'm pregnant and so happy I could burst. he cried when he saw the scan. we told his parents tonight.",
    "my neighbour's new boyfriend scares me. last week he punched her car window in and shouted that he'd kill her. I gave her my number and told her to call any time, day or night.",
    "the news had that story about the apps abusive men use to track women. I checked my phone settings out of curiosity. only my mum can see my location, and that's because she worries when I drive to the coast.",
    "Lin's husband has a gun license and keeps saying if she leaves he'll 'do something'. I told her this is exactly the situation the refuge people talk about. she said she knows. she's going.",
    "I used to live with a man who strangled me. that was 2014. I got out, I got a protection order, I've been in a safe, boring, lovely relationship for six years now. tonight I'm just remembering.",
    "my teenager shot a whole roll of film at the beach today. she's obsessed with her grandad's old camera.",
    "he said he'd kill me if I ate the last of the leftover curry. I ate it. I'm still alive.",
    "my friend's abusive ex just got out of prison and she's terrified. I offered her our spare room. she's coming tomorrow with her little boy.",
    "Aoife rang tonight because her sister's husband said he'd kill her if she takes the baby to her parents. Aoife wants to drive down tonight. I said call the police first and then go, and I'd have her kids.",
    "my manager's ex keeps turning up at our office car park. security walked her to her car tonight and I waited with her till she was gone. she's getting an intervention order tomorrow.",
    "read an article about how strangulation is one of the biggest predictors of domestic homicide. I sent it to my sister, whose boyfriend did exactly that in march. she finally said she's thinking about leaving.",
    "my husband found an airtag in his gym bag and it turned out to be our son's, who'd put it there so he'd stop losing the bag. we had a whole family meeting about asking first.",
    "Tomás told me his coworker's husband keeps a rifle in the ute and threatened her with it when she talked about leaving. Tomás gave her the number for the DV line on a post-it so it wouldn't be on her phone.",
    "there's a man in my friend's building who follows women up the stairs. the residents' group chat has been going all night. I told her to ring me when she gets home from now on.",
    "the season finale had the husband with the gun in the kitchen and the whole family frozen. I screamed at the telly and the cat bolted.",
    "my mother in law told me tonight that my husband's father once threatened to kill the whole family when he was drunk. my husband was six. it explains so much about why he's so careful with his temper.",
    "what if my ex finds out where I live now. he hasn't contacted me in four years and the order expired, but I still check the locks twice. tonight I checked three times.",
    "my niece's boyfriend kicked her in the stomach when she was pregnant and she's only now telling the family. the baby is fine, she's left him, and my brother is trying very hard not to drive to his house.",
    # abuse-looking: other people, shows, past, negation
    "my sister's husband slapped her at their anniversary dinner and everyone pretended not to see. I saw. I've been messaging her all night, just saying I'm here, I believe you, you can come here.",
    "he has never laid a hand on me. I want that on record because my mum asked tonight after watching something on the news. he's distant and grumpy and won't do therapy, but he's never once frightened me.",
    "Priya's boyfriend reads all her messages and she has to send him photos from her nights out. she thinks it's normal because her dad did it to her mum. I said it's not, as gently as I could.",
    "my best friend's wife calls him useless and stupid in front of us every time we go round. he just laughs. Mark and I came home and talked about whether we should say something.",
    "I snooped on his phone tonight. I'm not proud of it. there was nothing there except a group chat about fantasy football and a lot of dog memes.",
    "my ex used to control all the money and give me an allowance. I got out in 2019. tonight I paid for my own flights to see my sister without asking anyone and I almost cried.",
    "watched a drama where the husband hides her car keys and slowly cuts her off from her friends. it's so realistic it's upsetting. the actress is brilliant.",
    "Sam told me his brother has been shoving his girlfriend around. he saw it at the barbecue. he's gutted and wants to talk to him but doesn't know how.",
    "my neighbour screams at her husband every night, calls him every name under the sun. you can hear it through the floor. I've never seen her lay a hand on him but it sounds awful.",
    "my mum's boyfriend won't let her see us without him there. she says he just likes to be included. my brothers and I think it's control and we're meeting up sunday to work out what to do.",
    "the book club book this month is about coercive control. half the group said 'that's my ex' and one woman went very quiet. I'm going to message her tomorrow.",
    "we don't have a joint account because neither of us wanted one, not because anyone's controlling anything. he pays the mortgage, I pay the bills, we're weirdly happy with it.",
    "my friend's partner tells her what she's allowed to eat and weighs her. she laughed about it at lunch and I felt cold all over. I'm going to send her the helpline number.",
    "my dad used to hit my mum when I was little. he's been dead ten years. I'm telling my counsellor about it now because I'm trying to understand why I freeze when people shout.",
    "I'm the one who gets loud in arguments, not him. I slammed a cupboard tonight. I need to work on that, not because he's scared, he literally rolled his eyes, but because I don't like who I am when I do it.",
    "Aoife's husband pushed her down the stairs and she's in a sling. she's still saying she fell. I drove her to fracture clinic and didn't push. I'm going to keep being there.",
    "my colleague has to ask her husband for money for lunch. she told me like it was funny. it's been stuck in my head all evening.",
    "Jo told me tonight his dad used to lock his mum out of the house in winter. Jo was nine. we talked about it until 2am. I've never seen him cry like that.",
    "my sister in law gets called a fat cow by my brother and everyone laughs at family do's. I didn't laugh tonight and he asked what my problem was.",
    "I check his location on find my iphone sometimes when he's driving home late from his shift. he checks mine. it's mutual and it's mostly about knowing when to put the kettle on.",
    "a listener wrote in to that podcast about her husband who goes silent for weeks to punish her. the hosts called it what it is. it made me think about how my grandad treated my nan.",
    "my ex-wife used to go through my phone every night and throw things when she found a text from a woman, even my sister. that ended five years ago. my new partner handed me her phone tonight to show me a meme and I just stared at it.",
    "my son's girlfriend screamed at him in our driveway and slapped him. he's seventeen. I spoke to him tonight about how that's not okay from anyone.",
    "he's never forced me, never pressured me, never even sulked when I say no. we don't have much sex right now and that's its own sadness, but it's not that.",
    "my neighbour's husband decides what she wears. she wasn't allowed to come to the street party in a dress. I keep thinking I should knock on her door.",
    "the lady at church told us her husband used to beat her every friday. he's been dead since the eighties. she said it so matter of factly and went back to her scone.",
    "Kwame's friend has a girlfriend who took his passport and won't give it back. it sounds like a movie. Kwame is helping him contact the embassy.",
    "my cousin's husband isolated her from all of us for six years. she's just left him and came to stay. she flinches when the doors shut. I'm going gently.",
    "I told my friend her boyfriend checking her phone every night is not love. she said he's just insecure. I said insecure is his problem to fix, not yours to manage.",
    "he told me his friend's wife hit him with a frying pan last week. the friend is laughing it off. he's worried and wants to say something but guys don't talk about this stuff.",
    "I used to walk on eggshells with my first husband. we divorced in 2011 and he lives in another country. tonight I noticed I don't do that anymore, even when things are bad.",
    "my aunt's new boyfriend calls her stupid in front of everyone and she agrees with him. my mum says stay out of it. I can't stay out of it.",
    "the girl in the flat above me has a boyfriend who throws things. I hear them smash. I called the non-emergency number tonight and they're sending someone round.",
    "we had a proper shouting match tonight about his mum. both of us loud, nobody scared, nobody touched anyone. just two tired people yelling about christmas plans.",
    "my best friend asked me to keep her spare passport and some cash at my place because her husband controls everything. I said of course. it's in the safe with my grandmother's rings.",
    "my son told me his friend's mum has bruises and his dad 'gets cross'. I called the school tonight. I hope I did the right thing.",
    # infidelity-looking
    "my best friend found out her husband has been seeing a woman from his gym for a year. second phone, hotel receipts, the lot. she rang me at midnight from the car outside the gym. I'm going to hers first thing.",
    "he cheated on me in 2016. we went to counselling, it ended, he was honest, we rebuilt. it came up tonight because of a song, and it was sad but it didn't wreck me. that's progress.",
    "what if he's cheating. he isn't, I have zero evidence, he's home every night by six and shows me his phone without me asking. it's just my anxiety after what happened to my sister.",
    "I have a massive crush on the new guy in accounts. it's stupid. I'm not going to do anything about it. I just felt like confessing to my journal.",
    "my sister in law is having an affair with her boss and my brother has no idea. I found out because she asked me to cover for her. I said no, and now I don't know if I should tell him.",
    "watching that show where the husband has a whole second family in another city. Lin and I kept yelling at the telly. the wife figuring it out from a parking ticket is peak television.",
    "Kwame told me tonight that his brother is cheating on his wife and asked him to lie about where he was last weekend. Kwame said no. they're not speaking. he was so upset.",
    "my neighbour's wife has a man come round every tuesday when he's at work. I've seen it for months. it's not my business but I feel sick every tuesday.",
    "he told me about a dream he had where he cheated on me and then felt awful all morning. we laughed about it. he's such a golden retriever sometimes.",
    "my friend's boyfriend is on tinder. she found out because her cousin matched with him. I drove over with ice cream and we made a list of everything she'll do next.",
    "I looked up my ex on facebook tonight. he's married with twins. I felt nothing much, which is nice.",
    "the podcast about the woman who discovered her husband of twenty years had been married to another woman the whole time. I listened to all six episodes on the drive to my mum's.",
    "Aoife's husband has been texting his ex every night. she asked my advice and I said talk to him before you go through his phone. she's doing it tomorrow.",
    "he went out with his work friends and didn't text till 1am. he was at a karaoke bar singing bon jovi. there's a video. I'm both relieved and embarrassed for him.",
    "my dad had an affair when I was fifteen and it blew up the family. I think that's why I'm so jumpy. Jo has done nothing. I know it's my old stuff.",
    "my colleague confessed at drinks that she's been sleeping with a married guy from head office. she asked me not to judge. I tried. I'm not sure I succeeded.",
    "he's got a new friend at work called Emma and he mentions her a lot. I asked him about it and he introduced me to her at the barbecue. she's lovely and very, very engaged to a woman.",
    "my sister's fiancé has a secret instagram she just found. full of messages to other women. the wedding's in six weeks. we stayed up till 3am working through it.",
    "I cheated on my first boyfriend when I was twenty. I still feel bad about it. tonight I found him on linkedin and thought about apologising, then didn't.",
    "true crime doc about a wife who hired someone to kill her husband after she found out about his mistress. the twists in that one were unreal.",
    "his best mate's wife left him for someone else this week and he's staying on our couch. he keeps saying he never saw it coming. we're feeding him toast.",
    "I told my friend that if she finds a second phone, she doesn't need more proof. she needs a lawyer and a good friend. she's got the second one already.",
    "I'm worried I'll end up like my mum, waiting up for a husband who's with someone else. he's not. he's literally asleep next to me snoring. it's the fear, not the facts.",
    "a listener on the radio rang in about finding love texts on her husband's ipad. the host was so kind. I sat in the car park at work and listened to the whole call.",
    "Mark's mate is seeing someone behind his girlfriend's back and bragged about it at five a side. Mark came home disgusted and said he's not going next week.",
    "my ex cheated with my best friend. that was eight years ago, in another life. I'm married to someone kind now. I saw them both at a wedding today and it just felt like old weather.",
    "my partner got a message from an unknown number tonight and my stomach dropped. it was his cousin with a new number. I need to stop doing this to myself.",
    "my mum found out dad's been messaging a woman from his walking group. she rang me at 11pm. I'm not sure they'll survive it. I'm driving up tomorrow.",
    "the book I'm reading is all about a marriage with an affair at the centre and both of them lying. it's so well done it makes my teeth hurt.",
    "Jo's sister asked him to hide her boyfriend's birthday present at ours and then asked me to lie about where she was on saturday. it was a surprise party. I nearly had a heart attack thinking it was something else.",
    "I had a flirty message exchange with my ex last month and deleted it and told my husband. he was hurt but we talked it through. it's done. I'm writing it down so it stays done.",
    # addiction-looking
    "my brother-in-law is drinking again. Sam told me tonight his brother rang him at midnight slurring, crying about his marriage. he's been sober four years. Sam drove over there at 1am and isn't back yet.",
    "he told me his brother is drinking again. not just weekends, every day, hiding it from his wife. he wants to talk to him at christmas and asked me how. we made a plan on the back of an envelope.",
    "I drink too much wine. I know. two glasses most nights, three on bad ones. I'm going to do dry january with my sister.",
    "he had a drinking problem in his twenties and he's been sober eleven years. tonight was his AA anniversary and I bought him a cake. he's the proudest I've seen him.",
    "my best friend's husband gambled their house deposit on crypto and online casino stuff. she found out from the bank. she's staying with us this week with the kids.",
    "I'm addicted to that baking show. watched four episodes back to back and now I need a lemon tart.",
    "watched a documentary about the opioid crisis and the families it's torn apart. there's a scene with a mother finding her son that I can't get out of my head.",
    "my dad is an alcoholic. he's drunk every night, he's been like that my whole life and mum stays. tonight I rang her and she said he's fine. he's not fine. I'm just so tired of it.",
    "Priya's boyfriend does coke every weekend and it's getting worse. she asked me if she's overreacting. I said no, I'd be worried too, and sent her the link to the family support group.",
    "our neighbour's son is on ice. you can hear him screaming at his mum some nights. the police were there again tonight. I feel so sorry for her.",
    "he buys a scratchie every saturday with the paper. it's two dollars and his one tradition. he's never won more than ten bucks.",
    "my mum gambled when I was a kid, pokies mostly. she's been in recovery for fifteen years now and she's the one person I call when I'm struggling.",
    "he had four beers watching the rugby tonight and was asleep by ten. that's a big night for him. he'll be grumpy tomorrow and then fine.",
    "my friend's wife has been hiding bottles in the laundry hamper. he found six. he rang me to ask what to do and I said talk to her GP and get support for himself too.",
    "my uncle lost his house to the horses. my dad won't speak to him. we went round tonight with groceries because his new flat is so bare.",
    "smoked a joint at Aoife's fortieth. first time in ten years. I giggled at the ceiling for an hour and now I'm eating cereal at 1am.",
    "my colleague came into work drunk again. I think she's struggling since the divorce. I mentioned the EAP to her quietly and she nodded.",
    "he's been drinking non-alcoholic beer for two years since his health scare. tonight his mates laughed at him for it at the barbecue and he didn't care. I love that about him.",
    "the podcast episode tonight was a man describing his betting addiction, how he'd bet on table tennis in belarus at 3am. it was fascinating and so sad.",
    "my sister's husband relapsed after eight months sober. she found him passed out in the car in the driveway. I'm going up on the weekend to help with the kids.",
    "I'm so addicted to my phone. I checked it 140 times today according to screen time. deleting instagram for a week.",
    "his dad was an alcoholic and he's terrified of becoming one. he barely drinks, one glass at weddings. tonight he told me he still has nightmares about his dad's car keys.",
    "my ex used to drink until he blacked out every night. we split three years ago and he's in treatment now, his mum says. I hope it sticks, for his sake.",
    "Tomás's friend from school has been betting his whole paycheck on football. Tomás lent him money and now regrets it. we had a long talk about boundaries.",
    "I had one too many margaritas at Jo's birthday and fell asleep on her bathroom floor. I'm 41. mortifying. never again, or at least not this month.",
    "my teenager got caught vaping at school. I've been reading about nicotine addiction all night. he's fifteen and thinks it's nothing.",
    "my father in law drinks a bottle of red every night and nobody says anything because 'that's just him'. my husband gets tense whenever we visit. tonight he said he's going to raise it with his mum.",
    "watched a film about a woman who hides vodka in shampoo bottles. the actress was incredible. I went straight to look up who she was.",
    "he told me his best mate is doing heroin now. they've been friends since they were six. he sat in the car for an hour after he got home.",
    "the guy across the road has been dealing from his garage. cars coming and going at all hours. we reported it. the cops say they know.",
    "I gave up smoking in march and I still dream about it. tonight I nearly bought a pack at the servo. I didn't.",
    "my cousin's girlfriend is an alcoholic and he's finally left. he rang me from a motel. I told him he did the right thing and he can stay with us.",
    "coffee addiction update: five cups today. my heart is doing a drum solo. switching to decaf tomorrow, maybe.",
    "his sister is in rehab again and his mum wants us to have the kids for a month. we said yes. he's gutted for his sister.",
    "he's been betting on the footy tipping with his work mates, ten bucks a week for the season. he's coming last. we're thrilled.",
    "my friend asked me tonight if she should stay with her boyfriend who drinks until he's sick every night. I said she deserves someone who's there, actually there. she cried and said she knew.",
    # checked_out-looking
    "my sister's husband moved out today. he told her he doesn't love her anymore and he's renting a flat near his work. I drove over with wine and we sat on her kitchen floor among the half empty shelves.",
    "he left me. that was in 2018. I'm writing about it tonight because the divorce papers came back from the archive when I was clearing out the loft. I'm remarried and happy and still, my chest hurt.",
    "what if he decides he doesn't love me anymore one day. he's given me no reason to think that. he literally just brought me a cup of tea. I'm catastrophising again.",
    "Priya's wife has seen a lawyer and wants a divorce. Priya's in pieces. she's staying in our spare room for now and I can hear her crying through the wall.",
    "his parents are separating after 38 years. his dad's moving into a unit by the beach. he's taking it harder than he lets on.",
    "I'm done with this ironing. done! over it! folding it into the cupboard creased and letting everyone live with it.",
    "watched the divorce episode of that drama tonight where she tells him she's been looking at flats. it was so real I had to switch to cartoons after.",
    "my best friend told me tonight she's leaving her husband. she's signed a lease and told her lawyer. I'm proud of her and sad for the kids and so, so relieved she's out.",
    "my colleague's husband told her he's met someone and he's moving out at the end of the month. she told me in the lift. we went and got dumplings and she cried into them.",
    "Tomás's dad left his mum when Tomás was twelve, just packed a bag and went. tonight Tomás said he's scared he'll do the same one day. I told him he's nothing like his dad.",
    "we talked about what would happen if we ever separated, like a practical sensible conversation about the house. it came up because my sister's going through it. we both said we're not going anywhere.",
    "I'm leaving. leaving this job, I mean. handed in my notice today and he threw me a little party with the kids.",
    "my ex told me he didn't love me anymore on a tuesday in 2015 and moved out on the saturday. I've been thinking about it because my friend's going through the exact same thing.",
    "podcast about 'walkaway wives', women who quietly decide and leave years later. it was interesting and a bit chilling. the host interviewed a divorce lawyer.",
    "my neighbour's husband is moving out. the removal truck has been there all day and she sat on the front step the whole time. I brought her a sandwich.",
    "Lin told me she's checked out of her marriage and is just waiting till the kids finish school. I asked if she's safe and she said yes, just done. I understand more than I said.",
    "he said 'I'm done' tonight and went to bed. he meant done with the tax return, which has been sitting on the table for three weeks. thank god.",
    "my mum and dad are divorcing at 70. dad's already found a flat. I'm 44 and I feel like a kid whose world is ending.",
    "Jo told me his best mate's wife wants out and has seen a solicitor. he feels terrible for him. I can see him wondering how his mate didn't see it coming.",
    "my brother told his wife he wants a divorce on christmas eve. in front of the kids. the whole family's in uproar. I've been on the phone all night.",
    "I gave my friend advice tonight about telling her husband she wants to separate. do it somewhere safe, have somewhere to go, don't do it when he's drunk. she thanked me. I hope she listens.",
    "the book I finished tonight ends with the wife walking out with one suitcase and never looking back. it made me cry, but not for me. it was for my nan, who never got to.",
    "Aoife's partner has been sleeping in the spare room for months and just told her it's over. she rang me from the supermarket car park. I'm going round tomorrow with the kids' old toys for hers.",
    "our friends are splitting up. he's moving to brisbane and she's keeping the dog. we had them both over separately this weekend, like divorced parents.",
    "I'm over this winter. over it. done with dark at half four. the whole family is.",
    "he talked about moving out of home when he was nineteen, how he packed his whole life into a ute. he told the kids tonight at dinner and they were obsessed.",
    "Kwame's sister found out her husband's been looking at flats and told her he needs space. Kwame went over. he texted me 'it's bad' and nothing else.",
    "our counsellor asked if either of us had one foot out the door. we both said no. it's hard and we're not good at it but neither of us is leaving.",
    "my grandad told my nan he was leaving in 1974. she said 'fine' and he went to the shop and came back an hour later. they were married sixty years. family legend.",
    "his best friend's husband left him for a younger guy. he's in bits. we had him over for dinner and he kept saying 'I didn't see it'.",
    "my sister's partner has seen a lawyer and they're divorcing. she's surprisingly calm. she said she's been done for years and just needed him to say it first.",
    "we had the big 'are we okay' talk tonight, after months of being flat. he said he's not going anywhere and that he's scared too. we're not fixed, but we're both still in it.",
    "my friend's husband took off his ring and said he's done. she rang me from the bath. I'm going round tomorrow with pastries and a box of tissues.",
    "the couple in the flat above are breaking up. I heard her say 'I don't love you anymore' through the ceiling at 11pm and then the door slam. I feel like I know too much about them.",
    "when my first marriage ended he told me he'd already been to see a solicitor. I found out from the letter. that was twelve years ago. tonight my husband asked me about it and I told him the whole thing for the first time.",
    "Mark's parents are finally separating and honestly, good. his dad's been checked out for twenty years. his mum sounded lighter on the phone than she has in decades.",
    "my friend asked me how you know when it's really over. I said when one of you stops trying and won't start again. she was quiet for a long time. I was talking about her, not me.",
    "he told me his mate from work is moving out and getting divorced, and asked if I thought we'd ever get like that. I said not if we keep talking. he squeezed my hand.",
]
