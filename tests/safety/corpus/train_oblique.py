"""Training examples, oblique, written by a helper on 2026-11-22.

Voice "oblique": the writer never names the thing. Meaning arrives through concrete detail and
implication (the scarf over the marks, shoes on in bed, keys that go missing, tablets counted, the
bottle behind the paint tins), understated, matter-of-fact, sometimes mid-thought.
"""

POSITIVES = [
    # self_harm
    (
        "counted them again tonight. 43. that's enough, I think. put them back in the sock drawer under the winter ones.",
        "self_harm",
    ),
    (
        "wrote the texts to mum and to Aoife and saved them as drafts. didn't send. just nice to know they're there, ready.",
        "self_harm",
    ),
    (
        "long sleeves at work again and it was 30 degrees. Priya asked if I was cold. I said yes.",
        "self_harm",
    ),
    (
        "gave the guitar to my nephew today and the good coat to the op shop. feels lighter. nearly everything's sorted now.",
        "self_harm",
    ),
    (
        "made a list of all the passwords so he won't be stuck with the bills after. it's in the envelope with the insurance papers.",
        "self_harm",
    ),
    (
        "drove past the bridge twice on the way home. the second time I slowed right down. the railing is lower than you'd think.",
        "self_harm",
    ),
    (
        "if the lorry had drifted into my lane this morning I wouldn't have swerved. I know that about myself now.",
        "self_harm",
    ),
    (
        "kept the little blades from the craft kit in my makeup bag. the bathroom lock works. nobody checks.",
        "self_harm",
    ),
    (
        "the plasters are running out faster than they should. bought another box at the chemist and the girl didn't even look up.",
        "self_harm",
    ),
    (
        "went to bed hoping the alarm just won't matter in the morning. same hope every night for a month.",
        "self_harm",
    ),
    (
        "they'd manage fine without me. better, probably. the house would be quieter and Sam would find someone who smiles.",
        "self_harm",
    ),
    (
        "rehomed the cat with my sister. told her it's his allergies. it isn't his allergies.",
        "self_harm",
    ),
    (
        "looked up how long it would take. cleared the history after, like that matters.",
        "self_harm",
    ),
    (
        "the hose fits the exhaust. I checked, in the garage, while he was at the footy.",
        "self_harm",
    ),
    (
        "pressed my wrist to the kettle again, on purpose this time. it helped for about an hour.",
        "self_harm",
    ),
    (
        "updated the will on the library computer. everything to the kids, and a note about the dog's tablets taped to the front.",
        "self_harm",
    ),
    (
        "three weeks of the scarf now, even in the office. the ones on my thighs are easier, nobody sees those.",
        "self_harm",
    ),
    (
        "keep thinking about the quarry out past Ballina. the drop. how quick it would be.",
        "self_harm",
    ),
    (
        "stopped taking the ones the GP gave me and started keeping them instead. the jar is filling up nicely.",
        "self_harm",
    ),
    (
        "wrote 'sorry' on the back of the electricity bill and tore it up. will do a proper one tomorrow.",
        "self_harm",
    ),
    (
        "I'd just like to stop. not anything dramatic. just not be here anymore, at all.",
        "self_harm",
    ),
    (
        "did the wall until my knuckles split, then my own face. he was asleep. I iced it and said nothing.",
        "self_harm",
    ),
    (
        "the rope from when we moved is still in the shed. I went out and looked at it tonight. just looked. for a long time.",
        "self_harm",
    ),
    (
        "Kwame asked me to his wedding in June. said yes. I don't think I'll be around by June though.",
        "self_harm",
    ),
    (
        "paid off the credit card, cancelled the gym, returned Jo's books, wiped my laptop. tidy.",
        "self_harm",
    ),
    (
        "nobody would notice for days. that used to scare me. now it's sort of a comfort.",
        "self_harm",
    ),
    ("i'd be doing everyone a favour honestly. less noise. less of me to deal with.", "self_harm"),
    (
        "the pharmacist gave me two more boxes without a single question. that's six. maybe two more on saturday and that'll do.",
        "self_harm",
    ),
    (
        "stood at the edge of the platform longer than I needed to. the train came. I stepped back. I'm not sure why I did.",
        "self_harm",
    ),
    (
        "left the letter for Lin in the glovebox. she'll find it when she takes the car in for its WOF.",
        "self_harm",
    ),
    (
        "scratched my arms raw in the shower. the hot water stings but that's sort of the point.",
        "self_harm",
    ),
    (
        "every night I close my eyes and ask nobody in particular not to make me do tomorrow.",
        "self_harm",
    ),
    (
        "the kids would be sad for a while but they're little. they'd forget my voice. maybe that's kinder in the end.",
        "self_harm",
    ),
    ("wore all the bangles today to cover the new ones. Mark said they're pretty.", "self_harm"),
    (
        "been giving away the plants. I don't want anything left behind that needs watering.",
        "self_harm",
    ),
    (
        "typed out what I want at the service. no hymns. the Bowie one. saved it in my notes under 'shopping'.",
        "self_harm",
    ),
    (
        "held the vegetable knife against my arm for ages tonight. didn't press. next time I might.",
        "self_harm",
    ),
    (
        "took a handful of his sleeping tablets. more than a handful. woke at 3 with my heart going and was disappointed it still was.",
        "self_harm",
    ),
    (
        "the motorway past junction 9 is so straight. no barrier for ages. I keep thinking about that stretch.",
        "self_harm",
    ),
    (
        "I've been ringing old friends just to thank them for things. they think I'm being sentimental. let them.",
        "self_harm",
    ),
    (
        "told the neighbour where the spare key is and to check the house if she doesn't see me by the weekend.",
        "self_harm",
    ),
    (
        "I keep a lighter in my jeans now. not for smoking. the little round ones are under the watch strap.",
        "self_harm",
    ),
    (
        "bought the bits from the hardware shop. charcoal, tape. it's all in the boot. I'm not decided yet.",
        "self_harm",
    ),
    (
        "the sea was flat and freezing today. walked in to my waist and thought how easy it would be to keep going.",
        "self_harm",
    ),
    (
        "if I'm not here tomorrow nobody should blame Tomás. that's what I'd want said, anyway.",
        "self_harm",
    ),
    (
        "I knock my head against the bathroom tiles when it gets too loud inside. the lump's under my fringe.",
        "self_harm",
    ),
    (
        "checked the small print on the life insurance. there's a clause about the first twelve months. I've had it fourteen.",
        "self_harm",
    ),
    (
        "sorted the wardrobe into bags: charity, sister, bin. nothing left to wear next month, which is fine.",
        "self_harm",
    ),
    (
        "sat on level 7 of the multi-storey for an hour today. you can see the whole town from the edge.",
        "self_harm",
    ),
    ("so tired of being alive. not sleepy. tired of it, all of it.", "self_harm"),
    (
        "put mum's voicemails and the kids' drawings in one folder and labelled it for her. for after.",
        "self_harm",
    ),
    (
        "there are fresh lines under this hoodie. I wear it to bed so he won't see them in the morning.",
        "self_harm",
    ),
    (
        "found myself searching which ones are painless. closed it. opened it again. closed it.",
        "self_harm",
    ),
    (
        "the world wouldn't miss a beat. the kettle would still boil, the bins would still go out. I just wouldn't be in it.",
        "self_harm",
    ),
    (
        "stopped doing my seatbelt up. not a decision exactly. I just don't see the point of it.",
        "self_harm",
    ),
    (
        "emptied all the blister packs into the old vitamin jar so they're together. neater.",
        "self_harm",
    ),
    (
        "every time the gas hob clicks I think about not lighting it and just sitting down.",
        "self_harm",
    ),
    (
        "told the kids I love them twice tonight and hugged them too long. they rolled their eyes. good. that's what I want them to remember.",
        "self_harm",
    ),
    ("cancelled the dentist and the smear test for next month. no point really.", "self_harm"),
    (
        "the bath is deep enough. sat in it with the razor on the edge for an hour. got out when it went cold.",
        "self_harm",
    ),
    # danger
    (
        "turtleneck again. the marks are the shape of his thumbs this time. couldn't swallow properly all day.",
        {"danger", "abuse"},
    ),
    ("I sleep in my trainers now. laces done. just in case I need to go fast.", "danger"),
    (
        "he keeps the rifle in the wardrobe now, not the cabinet. said he moved it so it's 'handy'. he looked at me when he said it.",
        {"danger", "abuse"},
    ),
    (
        "he said very calmly that if I take the kids to mum's, none of us will make it there. then he made a cup of tea.",
        {"danger", "abuse"},
    ),
    (
        "turned my location off and he was at the café ten minutes later anyway. I don't know how.",
        "danger",
    ),
    (
        "found a little black box taped under the back bumper. put it back. didn't want him knowing I'd found it.",
        "danger",
    ),
    (
        "a slap in march, a shove in june, and last night it was the stairs. it keeps climbing.",
        {"danger", "abuse"},
    ),
    (
        "the baby kicked while he had me against the fridge by the throat. I keep thinking about that.",
        {"danger", "abuse"},
    ),
    (
        "he sharpens the big knife at the table while I'm talking. doesn't say a word. just keeps sharpening and looking.",
        {"danger", "abuse"},
    ),
    (
        "'no one would even come looking for you' he said, quiet, with his hand on the back of my neck.",
        {"danger", "abuse"},
    ),
    (
        "the suitcase is in the boot under the spare tyre. passports in the lining. if he finds it I don't know what happens to me.",
        "danger",
    ),
    (
        "my voice went funny after he let go. three days now. I tell people at work it's a cold.",
        {"danger", "abuse"},
    ),
    (
        "Jo's car was outside the library again today. we're 'on a break'. she's not meant to know my new shifts.",
        "danger",
    ),
    (
        "he asked how the kids would feel finding mummy at the bottom of the stairs. he was smiling.",
        {"danger", "abuse"},
    ),
    (
        "there's an app on my phone I didn't put there. it shares where I am with him. if I delete it he'll know straight away.",
        {"danger", "abuse"},
    ),
    (
        "the last time I said the word 'leave' his hands went round my neck until the room went grey at the edges.",
        {"danger", "abuse"},
    ),
    (
        "it's loaded. he showed me. says it's for burglars but he was looking at me the whole time.",
        {"danger", "abuse"},
    ),
    (
        "he said he'd rather the kids were gone for good than living with me and my sister. he says things like that now.",
        {"danger", "abuse"},
    ),
    (
        "packed a bag for the kids and hid it at Priya's. if he sees it, that's it. I mean that's actually it.",
        "danger",
    ),
    (
        "he turns up at the school gate, the supermarket, the end of my mum's road. every time I look up there's the van.",
        "danger",
    ),
    (
        "eight weeks gone and he kicked me in the stomach because dinner was cold. I told the midwife I fell.",
        {"danger", "abuse"},
    ),
    (
        "he texted me a photo of my car in the work car park. no words. I'd told him I was at the dentist.",
        "danger",
    ),
    (
        "he keeps saying I won't see forty. like a joke. it's not said like a joke.",
        {"danger", "abuse"},
    ),
    (
        "last night he leaned his forearm across my neck until I stopped fighting. then he went to bed like nothing.",
        {"danger", "abuse"},
    ),
    (
        "if I go he'll find me. he's told me enough times. he has the money and the time and the patience for it.",
        "danger",
    ),
    (
        "the dog cowers when he comes in. he kicked her across the kitchen last week and said I'm next.",
        {"danger", "abuse"},
    ),
    (
        "wrote the refuge number on my hand under my watch. scrubbed it off in the work loo before he picked me up.",
        "danger",
    ),
    (
        "he held the lighter near my hair and laughed. said next time he won't miss.",
        {"danger", "abuse"},
    ),
    (
        "it used to be once every few months. now it's every week, and it's not only his hands anymore.",
        {"danger", "abuse"},
    ),
    (
        "heard the gun cabinet open in the hall while I was on the phone with mum. I hung up mid-sentence.",
        {"danger", "abuse"},
    ),
    (
        "the tracker was in the lining of my handbag. stitched in. somebody sat down and sewed that.",
        "danger",
    ),
    ("car parked nose-out in the drive now. keys on a shoelace round my neck at night.", "danger"),
    (
        "he said if I take him to court he'll burn the house down with us in it. said it like he was reading the weather.",
        {"danger", "abuse"},
    ),
    (
        "told the GP the marks on my neck were from the seatbelt. she looked at me for a long time and gave me a leaflet.",
        {"danger", "abuse"},
    ),
    (
        "he drove to my sister's at 2am and sat outside with the engine running. didn't knock. just sat there.",
        "danger",
    ),
    (
        "he held the pillow down over my face for a few seconds, 'just to make a point'. the point got made.",
        {"danger", "abuse"},
    ),
    (
        "when I mentioned the flat in Leeds he went very still and said 'you'd never get as far as signing the lease.'",
        {"danger", "abuse"},
    ),
    (
        "the carving knife was on my pillow when I came up. he was pretending to be asleep.",
        {"danger", "abuse"},
    ),
    (
        "he reads me back messages I deleted, word for word. there's something on the laptop too, I think. and the car.",
        {"danger", "abuse"},
    ),
    (
        "I think one day he won't stop. I really do. I've started writing down dates and leaving them where my sister would find them.",
        {"danger", "abuse"},
    ),
    (
        "the bump's showing now and he's got rougher, not gentler. pushed me into the edge of the bath on sunday.",
        {"danger", "abuse"},
    ),
    (
        "hid the kids' passports at work because he said he'd take them somewhere I'd never see them again.",
        {"danger", "abuse"},
    ),
    (
        "I lie awake listening to which way the landing creaks. towards the kids' room or towards ours.",
        "danger",
    ),
    (
        "since the thing with his hands I sleep in the box room with a chair under the handle. it doesn't help much.",
        {"danger", "abuse"},
    ),
    (
        "he sits in his car outside my work at lunchtime. I can see it from the window. I eat at my desk now.",
        "danger",
    ),
    (
        "he says he'll know the second I cross the county line. I believe him. the phone's on his plan and the car's in his name.",
        "danger",
    ),
    (
        "my jaw's clicked since last month. this weekend it was the belt. the gaps keep getting shorter.",
        {"danger", "abuse"},
    ),
    (
        "he put the gun on the table between the plates and asked me to tell him again who I'd been texting.",
        {"danger", "abuse"},
    ),
    (
        "there's a bag behind the boiler. toothbrush, cash, birth certificate. I check it's still there every night.",
        "danger",
    ),
    (
        "if I leave he'll do something to himself and then to us. he's said it in that order.",
        {"danger", "abuse"},
    ),
    (
        "woke up with his hands resting on my neck. not squeezing. he says he likes to feel my pulse.",
        {"danger", "abuse"},
    ),
    (
        "the new tenant downstairs said a man's been asking which flat is mine. I know which man.",
        "danger",
    ),
    (
        "he slashed my tyres in the hospital car park the night I said I needed space. then texted to ask if I got home ok.",
        {"danger", "abuse"},
    ),
    (
        "she said she knows where my mum lives and where my brother's kids go to school and she'd 'hate for anything to happen'.",
        {"danger", "abuse"},
    ),
    (
        "counted the seconds before the room came back. eight last night. there's a ring of little marks under my collar.",
        {"danger", "abuse"},
    ),
    (
        "told Kwame's wife the word. if I text her 'blue' she rings the guards. haven't had to yet.",
        "danger",
    ),
    (
        "his brother says there's a gun in the ute now. he's brought up 'what happens to wives who leave' twice this week.",
        {"danger", "abuse"},
    ),
    (
        "he told our son that if mummy ever goes away daddy will bring her back 'in a box'. our son is six.",
        {"danger", "abuse"},
    ),
    (
        "the marks faded from my neck just in time for the next ones. I've got a whole drawer of scarves now.",
        {"danger", "abuse"},
    ),
    (
        "he says into my hair when he hugs me that if he can't have me then nobody will. then he kisses my forehead.",
        {"danger", "abuse"},
    ),
    # abuse
    (
        "keys gone again this morning. they turned up in his coat pocket after I'd cancelled on mum. funny how that works.",
        "abuse",
    ),
    (
        "forty dollars on the bench on mondays. that's the week. I have to keep the receipts and he checks them on sunday.",
        "abuse",
    ),
    (
        "had to ask for money for tampons today. he wanted to know why I needed the expensive ones.",
        "abuse",
    ),
    ("I hand him my phone the second he walks in now. saves time.", "abuse"),
    (
        "I decide what to cook by the sound of his car door. a soft shut is pasta. a slam means I should have already cooked.",
        "abuse",
    ),
    (
        "changed out of the green dress before he got home. he doesn't like me looking 'like that' when he's not there to see who's looking.",
        "abuse",
    ),
    (
        "told Priya I can't do book club anymore. easier than explaining the last one cost me three days of him not speaking.",
        "abuse",
    ),
    (
        "he threw the remote at me. missed this time. the dent's in the plaster above the couch, next to the other dent.",
        "abuse",
    ),
    (
        "concealer on the cheekbone, sunglasses in november. nobody at the bank said a word.",
        "abuse",
    ),
    (
        "it's easier to just let him, then he sleeps. I count the glow stars the kids stuck on the ceiling.",
        "abuse",
    ),
    (
        "I walk on the edges of the floorboards when he's napping. if I wake him the whole day goes bad.",
        "abuse",
    ),
    (
        "he changed the wifi password and won't tell me it. using the neighbours' guest one to write this.",
        "abuse",
    ),
    (
        "he calls me names in front of the kids and says it's banter. my daughter's started using them on me too.",
        "abuse",
    ),
    (
        "he weighs me on saturday mornings and writes it on the calendar. there's a consequence if it goes up.",
        "abuse",
    ),
    (
        "she hasn't said a word to me in four days because I saw my brother without asking her first. I can hear the fridge hum.",
        "abuse",
    ),
    ("my bank card is 'safer' in his wallet. haven't seen it since easter.", "abuse"),
    ("had to send him a photo of the bus ticket. 2.80. he checks every one.", "abuse"),
    (
        "apologised for how I breathe while I eat. genuinely apologised. that's where we are.",
        "abuse",
    ),
    (
        "the bruise on my upper arm is exactly his hand. four fingers and a thumb. long sleeves again.",
        "abuse",
    ),
    (
        "he shoved me into the door frame on tuesday. I said I walked into it. I've said that one before.",
        "abuse",
    ),
    (
        "my friends stopped inviting me after the third time I cancelled. he smiled when I told him.",
        "abuse",
    ),
    (
        "he made me stand in the hall until he finished his beer and then went through what I'd done wrong for an hour.",
        "abuse",
    ),
    (
        "he wants the passcode to everything. email, banking, the work laptop. I gave him all of it. he changes mine, I don't get his.",
        "abuse",
    ),
    (
        "mum rang and I let it ring out because he was in the room. I'll call her from the toilets at work.",
        "abuse",
    ),
    (
        "he scraped my dinner into the bin because I'd 'put on weight'. ate toast standing at the counter after he'd gone up.",
        "abuse",
    ),
    ("I've learned to read the back of his neck. red means go quiet and go small.", "abuse"),
    (
        "sent her a photo of where I was every half hour today. she says I missed 2.30 and I'll pay for it later.",
        "abuse",
    ),
    ("the car keys live in his sock drawer now. I have to ask to drive to my own job.", "abuse"),
    (
        "he pushed me out of the car on the side of the road and drove off. walked home four k in the rain in my work shoes.",
        "abuse",
    ),
    (
        "he told his mates I'm 'used goods' while I handed round the crisps. everyone laughed. I laughed too.",
        "abuse",
    ),
    (
        "he slapped me tonight. first time in months. I'm more scared of how normal it felt.",
        "abuse",
    ),
    (
        "i only wear what he's laid out on the chair. today it was the grey cardigan, buttoned up.",
        "abuse",
    ),
    (
        "Tomás checks the odometer on my car every night. I have to account for every kilometre.",
        "abuse",
    ),
    (
        "I rehearse everything before I say it. in the car, in the shower. even 'we're out of milk'.",
        "abuse",
    ),
    (
        "he grabbed my hair to make me look at him while he talked. there's a sore patch at the back now.",
        "abuse",
    ),
    ("my wages go into his account. I get 'pocket money'. I'm 41 years old.", "abuse"),
    (
        "he won't let me go to nan's funeral because his cousin's fortieth is the same weekend. it's decided.",
        "abuse",
    ),
    (
        "pulled the landline out of the wall so I couldn't ring my sister. said I'd been on it long enough.",
        "abuse",
    ),
    (
        "she kicked my shin under the table at her parents' and smiled at her dad the whole time.",
        "abuse",
    ),
    (
        "he said no one else would put up with a fat useless cow like me. he's probably right.",
        "abuse",
    ),
    (
        "I flinched when he reached for the salt. he noticed, and then he was angry that I'd flinched.",
        "abuse",
    ),
    (
        "he reads this. I know because he quotes it back. writing tonight's on the work phone.",
        "abuse",
    ),
    (
        "the wedding photos went against the tiles last night, one frame at a time. I swept up while he watched.",
        "abuse",
    ),
    ("he takes my phone to bed with him. it sleeps under his pillow.", "abuse"),
    (
        "if I say no at night he sulks for days and takes the car so I can't get to work. so I don't say no.",
        "abuse",
    ),
    ("I'm not allowed to close the bathroom door. not even that.", "abuse"),
    ("his silences have rules. I only find out what they are when I break one.", "abuse"),
    (
        "he held my hand on the hob to 'teach me' about leaving it on. it's blistered. told work I burnt it on the oven tray.",
        "abuse",
    ),
    ("my sister's number is blocked on my phone. I didn't block it.", "abuse"),
    (
        "I keep chocolate in the glovebox. if he finds a wrapper there'll be a talk, and the talk goes all night.",
        "abuse",
    ),
    (
        "he spat at me in the kitchen tonight. I wiped my face on the tea towel and kept stirring the sauce.",
        "abuse",
    ),
    (
        "he pinched the soft bit of my arm all through mass until I nearly cried. I couldn't move away.",
        "abuse",
    ),
    ("I'm scared of him. there. typed it. I'll delete it in a minute.", "abuse"),
    (
        "she says I can't see Lin anymore because Lin 'puts ideas in my head'. I've stopped seeing Lin.",
        "abuse",
    ),
    (
        "ran the bath at 10.58 because he said eleven. he pulled the plug and made me run it again.",
        "abuse",
    ),
    (
        "he sent my private photos to his mate 'as a joke'. says if I keep nagging they go somewhere bigger.",
        "abuse",
    ),
    ("the scarf covers the bite. he says it's affection.", "abuse"),
    (
        "I sleep on the floor on the nights I've 'been difficult'. there's a blanket for it now.",
        "abuse",
    ),
    (
        "he took the leads off the spark plugs so I'd be stuck here all weekend. said I'd thank him for it.",
        "abuse",
    ),
    (
        "if I'm not in by six I have to send a photo of the clock with whoever I'm with in the shot.",
        "abuse",
    ),
    (
        "a full mug at my head this morning. tea up the wall. I'd cleaned it off before the kids came down.",
        "abuse",
    ),
    (
        "he tells everyone I'm unstable. his mum won't look at me. my own mum has started asking if I'm 'on something'.",
        "abuse",
    ),
    (
        "he made me ring my boss on speaker and quit. stood there while I did it. I loved that job.",
        "abuse",
    ),
    (
        "tiptoe house again tonight. the kids know the rules too. no laughing once his car's in the drive.",
        "abuse",
    ),
    (
        "Mark went through my phone and deleted everyone except his family. a 'fresh start for us', he says.",
        "abuse",
    ),
    (
        "she went for me with the hairbrush. it's stupid, it's a hairbrush. still can't lie on that side.",
        "abuse",
    ),
    (
        "he pulled me off the sofa by the ankle and my head caught the coffee table. he said I'm so dramatic.",
        "abuse",
    ),
    (
        "he took our bedroom door off its hinges so I can't shut it. it's leaning against the garage wall.",
        "abuse",
    ),
    ("the marks are always where a swimsuit would cover. he's careful like that.", "abuse"),
    (
        "he won't speak to me, won't eat what I cook, won't look at me until I say sorry for a thing I didn't do. I always end up saying it.",
        "abuse",
    ),
    # infidelity
    (
        "the second phone was charging in the garage behind the paint tins. it buzzed while I stood there. 'miss you already x'.",
        "infidelity",
    ),
    (
        "hotel in Galway on the card statement. he told me he was in Cork. the receipt says two breakfasts.",
        "infidelity",
    ),
    (
        "he showers the second he's in the door now. and the gym bag is always bone dry.",
        "infidelity",
    ),
    (
        "her profile on the app is still live. new photos. the one from our holiday, cropped so I'm not in it.",
        "infidelity",
    ),
    ("a long red hair on the passenger seat. I'm blonde. his new team lead isn't.", "infidelity"),
    (
        "he says he's at squash tuesdays and thursdays. the squash club closed in august. I drove past to be sure.",
        "infidelity",
    ),
    (
        "Priya's phone lit up at dinner with a heart next to a name I don't know. she flipped it over so fast.",
        "infidelity",
    ),
    (
        "he bought perfume at duty free. it isn't mine and it isn't his mum's birthday.",
        "infidelity",
    ),
    (
        "a second sim card in his wallet, folded into a receipt. I put it back exactly where it was.",
        "infidelity",
    ),
    (
        "his phone pings at eleven every night and he goes out 'for some air'. twenty minutes. every night.",
        "infidelity",
    ),
    (
        "the kids said daddy's friend Nicky came round for pizza while I was at mum's. I don't know a Nicky.",
        "infidelity",
    ),
    (
        "he swore it finished in march. his car was outside her flat tonight. I drove there. I saw it with my own eyes.",
        "infidelity",
    ),
    ("two cinema tickets in his jacket from the night he was 'working late'.", "infidelity"),
    (
        "the uber history has the same address in Fitzroy three nights a week. it is not the office.",
        "infidelity",
    ),
    (
        "new passcode, new underwear, a new habit of smiling at his phone under the table. I'm not stupid.",
        "infidelity",
    ),
    (
        "Tomás's 'work dinner' was a table for two at the place he proposed to me. Jo saw them holding hands across it.",
        "infidelity",
    ),
    (
        "he left the laptop open. a whole thread with someone called Em. the last one was this afternoon and it was not about work.",
        "infidelity",
    ),
    (
        "the motel on the highway went through on his card again friday. third time this month.",
        "infidelity",
    ),
    (
        "been seeing Daniel again. lunchtimes. I tell myself it's just lunch. it isn't just lunch.",
        "infidelity",
    ),
    (
        "she has a second instagram. private. the bio is just a heart and an initial from her work.",
        "infidelity",
    ),
    (
        "phone face down, on silent, and now it goes into the shower with him in a ziplock bag.",
        "infidelity",
    ),
    ("there were johnnies in his washbag. we stopped needing those after my op.", "infidelity"),
    (
        "her sister said 'how's Rob?' at lunch and then went white. there's no Rob in our lives.",
        "infidelity",
    ),
    (
        "the 'conference' in Brisbane has no website, and he came home with a tan and a mark on his neck he says is a bruise.",
        "infidelity",
    ),
    (
        "he said he'd end it. he didn't. she rang the house tonight and asked for him by a pet name.",
        "infidelity",
    ),
    ("a bracelet on his amazon orders, delivered to an address in Leith. not ours.", "infidelity"),
    ("I still text him from the other phone once she's asleep. I know. I know.", "infidelity"),
    ("there's a booster seat in the back of his car now. we don't have kids.", "infidelity"),
    (
        "he's put his profile back up. 'separated, looking for something real'. we're not separated. we're on the lease till 2028.",
        "infidelity",
    ),
    (
        "his running app shows him stopping for two hours at the same house on every 'long run'.",
        "infidelity",
    ),
    # addiction
    (
        "the bottle behind the paint tins in the garage. half gone. there was a full one there last week.",
        "addiction",
    ),
    ("I put the recycling out at 5am so the neighbours can't count the clink.", "addiction"),
    (
        "he doesn't remember the party. any of it. third time this month he's asked me how he got home.",
        "addiction",
    ),
    (
        "the rent isn't in the joint account. the statement says he 'topped up' something called Bet-something. again.",
        "addiction",
    ),
    (
        "little baggies in his jeans in the wash. he says they're his mate's. they're always his mate's.",
        "addiction",
    ),
    (
        "she starts with a 'small one' at noon now. by dinner she's slurring at the kids over their fish fingers.",
        "addiction",
    ),
    (
        "he was asleep on the bathroom floor when I got up for work. smell of rum. missed his shift again.",
        "addiction",
    ),
    (
        "savings down four grand and he's suddenly very interested in the racing results every saturday.",
        "addiction",
    ),
    (
        "hid his car keys tonight because he was about to drive to the bottle-o again. he could barely stand.",
        "addiction",
    ),
    (
        "the teaspoon in the drawer is scorched underneath. I know what that means. my brother's spoons looked the same.",
        "addiction",
    ),
    (
        "he's selling things. the telly, grandad's watch. says it's for bills. there are no new bills.",
        "addiction",
    ),
    ("the wine box in the fridge was full on friday. it's sunday morning.", "addiction"),
    (
        "his hands shake in the mornings until the first one. he calls it his 'starter'.",
        "addiction",
    ),
    (
        "she said she'd stopped. found the pouches in her boot and a text from someone asking for the money.",
        "addiction",
    ),
    (
        "pokies every payday. sat in the pub car park for four hours tonight with the kids asleep in the back.",
        "addiction",
    ),
    (
        "bottles in the cistern, in his gumboots, inside the christmas decorations box. it's like an easter egg hunt nobody wins.",
        "addiction",
    ),
    ("there was a sharps bin in his car. he's not diabetic.", "addiction"),
    ("he called in sick monday and tuesday. he's not sick. the shakes are back.", "addiction"),
    (
        "'just a few' with the lads from four till the pub shut, then he found more. put him on his side on the couch with a bucket.",
        "addiction",
    ),
    (
        "card declined at the supermarket. he's maxed it on the footy multis. says he's due a win.",
        "addiction",
    ),
    (
        "sniffing constantly, can't sit still at 3am, and the cash I left out for the window cleaner is gone.",
        "addiction",
    ),
    ("eleven empties in the green bin this week and I didn't touch a single one.", "addiction"),
    (
        "he's back on it. I can tell from the mouthwash. he only ever uses mouthwash when he's drinking.",
        "addiction",
    ),
    (
        "he can't get through sunday lunch at his mum's without topping up from the flask under the table.",
        "addiction",
    ),
    (
        "found the little white pills in a tic tac box. he has them with his coffee, and again at lunch, and again.",
        "addiction",
    ),
    (
        "she lost the rego money on a slots app. third month running. she cried and promised and I heard the jingle at 2am.",
        "addiction",
    ),
    (
        "he drives the kids to school smelling of last night. I've started taking them myself.",
        "addiction",
    ),
    (
        "the neighbour walked him home at 1am again. he couldn't find his key, or the door.",
        "addiction",
    ),
    (
        "the mortgage payment bounced. he says a mate owes him. I saw the statement. it's all the casino.",
        "addiction",
    ),
    (
        "he says he's cut right down. there's a bottle in the glovebox, one in the shed, one under the sink behind the bleach.",
        "addiction",
    ),
    # checked_out
    (
        "he's been on the rental site on the family ipad. one-bedrooms near his work. he didn't log out.",
        "checked_out",
    ),
    (
        "a letter came for him from a solicitor's office. he put it in his bag before I could read the heading.",
        "checked_out",
    ),
    ("she took the photos of us off the fridge and didn't put anything back up.", "checked_out"),
    (
        "he's staying at his brother's 'for a bit'. his winter coats went with him. it's april.",
        "checked_out",
    ),
    ("she said very calmly there's nothing left to try, and then she went to bed.", "checked_out"),
    (
        "he packed the good suitcase and the one with wheels. the ring was on the bathroom sink.",
        "checked_out",
    ),
    (
        "he's stopped arguing. just nods. said last night he's 'already gone in his head' and has been for a while.",
        "checked_out",
    ),
    (
        "boxes in the garage in his handwriting. his books, his records, his name on every one.",
        "checked_out",
    ),
    (
        "he told the kids he'll be living somewhere else after christmas. he told them before he told me.",
        "checked_out",
    ),
    ("his new driving licence came in the post. different address on it.", "checked_out"),
    (
        "she's been to see someone in town about 'splitting things fairly'. the card was on the bench.",
        "checked_out",
    ),
    (
        "he said he feels nothing when he looks at me now. he wasn't shouting. that was the worst bit.",
        "checked_out",
    ),
    (
        "Lin signed for a studio flat. showed me the keys like she was doing me a favour.",
        "checked_out",
    ),
    (
        "he won't book anything past march. not the holiday, not the car service. like he knows he won't be here.",
        "checked_out",
    ),
    (
        "his mum rang to say how sorry she was. I hadn't known yet that there was anything to be sorry for.",
        "checked_out",
    ),
    (
        "he's opened his own account and moved his wages. says it'll make 'the next bit' easier for both of us.",
        "checked_out",
    ),
    (
        "asked if he'd try even one session. he said he's not trying anything anymore, he's finishing.",
        "checked_out",
    ),
    ("she's changed the emergency contact at her work. it's her sister now.", "checked_out"),
    ("he's split the fridge. his shelf, my shelf. he says we should 'practise'.", "checked_out"),
    (
        "Kwame said the d word tonight. then asked how we'd go about selling the house.",
        "checked_out",
    ),
    (
        "the ring's been in the little dish by the door, where the keys go, for a week.",
        "checked_out",
    ),
    ("he changed his status to single. I found out from my cousin in Toronto.", "checked_out"),
    (
        "he's applied for jobs in Dunedin. only Dunedin. 'just me', he said, when I asked about schools.",
        "checked_out",
    ),
    (
        "she says she's spent three years waiting for the kids to be old enough. they're old enough now.",
        "checked_out",
    ),
    (
        "a moving van booked for the 14th. the confirmation came to my email by mistake.",
        "checked_out",
    ),
    (
        "he says I should keep the house and he'll take the car. he's worked it all out. on a spreadsheet.",
        "checked_out",
    ),
    ("he said the three words tonight, just with a 'don't' in the middle.", "checked_out"),
    (
        "papers on the kitchen table with little yellow flags where I sign. he's already signed his.",
        "checked_out",
    ),
    (
        "he said he's been unhappy for years and he's finished pretending. took the lead and the dog.",
        "checked_out",
    ),
    ("she asked me to be out by the end of the month. it's her name on the lease.", "checked_out"),
]

ORDINARY = [
    "his plate in the sink, my plate in the sink. nobody's touched the dishes since sunday and neither of us will be first.",
    "he fell asleep on the couch with the telly on again. put the blanket over him and went up on my own.",
    "asked about the counsellor again. he put his earbuds in. I finished my tea.",
    "two duvets on the bed now, his and mine. we don't touch in the night anymore.",
    "the anniversary card is still in my handbag. he didn't mention the date. neither did I.",
    "cried in the car in the Tesco car park. bought a meal deal. went home and said nothing.",
    "he rolled his eyes when I told him about my day. such a small thing. it sat with me all evening.",
    "she's on her phone, I'm on mine, the kids are on theirs. four lit-up faces in a dark room.",
    "his mum rang three times during tea and he took every call. the lasagne went cold.",
    "the therapy leaflet has been under the pizza magnet on the fridge for six weeks. he's moved it twice to get at the menu.",
    "we argued about the power bill again. it's always 'the heating' and it's never the heating.",
    "I said I feel lonely and he said 'you're literally sitting next to me'. both things are true.",
    "school rang about Liam's homework. we blamed each other in whispers in the hall.",
    "four months since we were properly close. I keep counting the weeks. I don't know why I count.",
    "he forgot the school pickup. I left work early. my manager sighed. he said 'you could've texted'.",
    "my side of the wardrobe, his side. the hangers don't even touch.",
    "ate dinner standing at the bench. he had his in front of the cricket. that's dinner now.",
    "booked us a table for friday. he said he's tired. he's always tired on fridays lately.",
    "wrote him a letter about how I feel. he read it in the kitchen and said 'ok'. just ok.",
    "she wants christmas at her family's again. I miss mine. we didn't decide anything, just went to bed cross.",
    "three loads of washing, two lunches packed, one row about who walks the dog. his count is zero, zero, one.",
    "we used to hold hands at the pictures. tonight there was a coat on the seat between us.",
    "the counsellor's email is starred in my inbox. he's cc'd. still no reply from him.",
    "said I'd go to therapy on my own then. he said 'do what you want'. I don't know what I want.",
    "mortgage renewal in january. neither of us can bring it up without somebody leaving the room.",
    "he didn't laugh at the kids' joke at tea. they noticed. they tried it again. he still didn't.",
    "bought the good coffee. he didn't notice. little things, all piling up on the bench.",
    "had the same fight about his parents we had in 2019. word for word, nearly.",
    "went up at nine to skip the evening. lay awake until midnight anyway listening to the match downstairs.",
    "she says she 'doesn't do feelings at night'. I do all my feelings at night.",
    "the dishwasher's loaded wrong again. I reloaded it. he watched me do it and said nothing. I said nothing. very mature, both of us.",
    "he's taken to eating his lunch in the car. I see him out there from the kitchen window, scrolling.",
    "the last photo of the two of us on my phone is from june last year. at his cousin's wedding. we're not touching in it.",
    "I asked if he's happy. he said 'happy enough'. I've been chewing on 'enough' for three hours.",
    "Aoife's birthday is sunday. he says he's not going because my friends 'look at him funny'. I'll go alone.",
    "we had a fight about the bins. it wasn't about the bins. I don't know what it was about.",
    "the kids asked why daddy sleeps downstairs sometimes. I said his back. it is partly his back.",
    "tried to talk about us on the walk. he talked about the fence. we came home and he fixed the fence.",
    "he said therapy is 'for people with real problems'. I wanted to ask what he thinks this is.",
    "found the wedding album while looking for the passports for the kids' renewal. sat on the landing with it for an hour.",
    "she's working late every night this month. the deadline is real, I've seen the emails. it's still lonely.",
    "money row again. he wants a new bike, I want the kitchen tap fixed. we both went to bed angry and right.",
    "my sister asked if we're ok and I said 'grand' before she'd finished the question.",
    "I spend my whole lunch break in the car just to have twenty minutes where nobody needs anything.",
    "he doesn't ask about my mum's scan. I told him the date twice. it's tomorrow.",
    "we don't kiss goodbye in the morning anymore. I noticed today. I don't know when it stopped.",
    "he brought me a cup of tea without being asked and I nearly cried. that's how low the bar is.",
    "Sam says I'm always 'bringing things up'. I said things don't go away if you don't. door shut. telly on.",
    "the in-laws are coming for a week in december and he's already told them yes. I found out from the group chat.",
    "I do the mental load. birthdays, dentist, permission slips, the dog's worming. he does the bins on tuesdays. and tells people.",
    "another night with the hallway light on so I don't have to sit in the dark waiting to see what mood he's in after work. just tired moods, nothing more. I'm tired too.",
    "we're polite. that's the worst part. please and thank you like flatmates.",
    "he said I've changed. I have. I've got two kids and a job and no sleep. of course I've changed.",
    "the heat pump's broken and we're both too stubborn to ring the guy. it's 14 degrees in here.",
    "I miss who we were in Melbourne. the tiny flat, the noise from the tram. we talked then.",
    "asked him to come to one session, just one, for me. he said he'd 'think about it'. that was march.",
    "he made a face when I ordered dessert. I ate the whole thing out of spite. regret nothing.",
    "she's asleep. I'm in the bath with the door locked just to have the quiet. the water's gone lukewarm.",
    "we haven't been out together since the baby. she's two now.",
    "his hobbies have hobbies. mine is the laundry.",
    "I feel like a ghost in my own kitchen. he talks to the dog more than he talks to me.",
    "long day. kid threw up at school, boss was snippy, he was late. made toast for dinner and went to bed.",
    "mum says all marriages go through this. I'm not sure hers did, or if she just never said.",
    "tried the 'I feel' statements from the book. he said I sounded like a robot. maybe I did.",
    "he booked the holiday without asking what I wanted. it's to his brother's. again.",
    "the kids are asleep, he's asleep, and I'm at the kitchen table eating cereal out of the box at 1am.",
    "we had sex for the first time in months and afterwards he went straight to his phone. I lay there feeling further away than before.",
    "I said I wanted to go back to uni part time. he said 'with what money'. fair. still stung.",
    "it's the silence that gets me. not angry silence. just nothing to say.",
    "I keep the peace. that's my whole job in this house. I'm knackered from it.",
    "Tomás thinks counselling is an american thing. I said it's also an irish thing, and a human thing. he laughed.",
    "she sighs when I come into the room. maybe she doesn't know she does it.",
    "the car needs a new clutch, the roof needs looking at, and we need about forty conversations we're not having.",
    "we watched a film and I looked over and he was asleep with his mouth open. I felt so fond and so lonely at once.",
    "he never says sorry, he just acts normal the next morning and I'm supposed to act normal too.",
    "the kids' birthday party is saturday and I'm doing all of it. he's 'helping' by turning up.",
    "Jo keeps saying we should get a dog to fix things. a dog doesn't fix things, Jo.",
    "the gap between us at the dinner table is one chair wide and a thousand miles.",
    "he didn't come to my work do. said it's 'not his scene'. I stood by the cheese by myself.",
    "I cleaned the whole house hoping he'd notice. he asked where his charger was.",
    "she said I'm too needy. maybe. I need about four things and I get one.",
    "he said 'why do you always make it about you'. I was talking about my dad's surgery.",
    "we're fine on paper. house, kids, two cars. I just don't feel anything when his key goes in the door. not dread, not joy. nothing.",
    "wanted to talk tonight. he said tomorrow. it's always tomorrow and tomorrow's always busy.",
    "Kwame is lovely with the kids and useless with me. I don't know how a person is both.",
    "I put the counsellor's number in his phone while he was in the shower. he deleted it. we didn't mention it.",
    "another saturday of separate rooms. him with the xbox, me with the ironing and a podcast.",
    "his brother's wedding tomorrow. we'll hold hands for the photos and not talk in the car home.",
    "it's 1.20am and I'm googling 'is this normal after 15 years'. every answer says yes and also no.",
    "I asked what he wants for us in five years. he said 'a bigger garage'. he wasn't joking.",
    "she doesn't want to talk about it, and she doesn't want me to talk about it with my friends either, because it's private. so who do I talk to.",
    "the fight about the christmas budget went round in circles until we both just stopped.",
    "I laughed at something on the telly and he looked at me like I'd broken a rule. he's just grumpy with work.",
    "counting down to the kids' holidays like it'll fix anything. it won't. it'll just be louder.",
    "he's a good dad. I keep writing that like it settles something.",
    "I booked myself a massage. first time in years. felt guilty the whole hour.",
    "we passed each other in the hall three times tonight without a word. like two lodgers.",
    "asked him if he still fancies me. he said 'don't be daft' and went back to the football. not sure what that means.",
    "I think I've forgotten what he smells like up close.",
    "her dad was rude to me again and she said nothing. she never says anything. I drove home with my jaw tight.",
    "dinner at his parents'. his mum asked when we're having another one. he laughed. I didn't.",
    "I redid the budget spreadsheet at midnight because it's the only thing in this house I can actually fix.",
    "he snapped at me about the thermostat and then apologised ten minutes later. small mercies. still went to bed sad.",
    "the baby monitor crackles. he sleeps through it. I'm always the one who hears.",
    "I tried to hold his hand on the couch. he patted mine and let go. like you'd pat a dog.",
    "he turned down another marriage course. this one was free and at the church hall. I don't know what's left to offer.",
    "tonight I realised I've started planning weekends around the kids, not around us. there isn't an us on the calendar.",
    "the house is clean, the kids are fed, the bills are paid. I'm sitting here hollow, not sure why.",
    "Lin said she can't do this forever, the carrying. I said I know. we both meant me.",
    "the kids drew a family picture at school. he's at the very edge of the page, holding his phone. I laughed, and then I didn't.",
]

TRICKY = [
    "counted the tablets in mum's dosette box. tuesday's were gone twice over, she'd doubled up by mistake. rang her GP first thing.",
    "drafted the goodbye email for Aoife's leaving do. three versions. I'm rubbish at these, everyone will cry anyway.",
    "gave away half my wardrobe to the op shop. the tidying book got me. feel amazing actually, there's floor.",
    "scarf all day because the office aircon is arctic. Sam laughed at me in the lift.",
    "sorted our wills with a solicitor today because we're proper adults with a mortgage now. weirdly satisfying.",
    "plasters on both heels from the new boots. raw. never buying cheap boots again.",
    "long sleeves all week because of the sunburn from the beach on saturday. lesson learned, factor 50.",
    "I'm not going to do anything stupid, I promise. I just needed to write down how sad I am tonight.",
    "I used to cut, years ago, at school. the scars are white now. I haven't in fifteen years and I don't want to.",
    "stood on the bridge in the wind watching the rowers. river brown and fast. good to get out of the house.",
    "a colleague's brother took his own life last year and she talked about it at lunch. I mostly listened. I'm glad she trusts me.",
    "the rope in the shed is for the boat. he wants to get it out on the water this summer. maybe that's something for us.",
    "wrote a letter to my future self for the counsellor's exercise. felt silly. kept it in a drawer anyway.",
    "dying to sleep. could genuinely sleep for a week.",
    "bought paracetamol, lemsip and cough bottle. the whole house has the flu, me included.",
    "the razor on the bath edge was mine, I was doing my legs. he left a note about the hair in the plughole. honestly.",
    "cancelled the gym because it's ninety a month and I go twice. that's it, that's the tragedy of the day.",
    "I'd be mortified if anyone read this journal. that's all. nothing deep.",
    "she gave all her old toys to the school fair. she's nine and 'too old for them'. I was the one who cried.",
    "googled what happens if the dog eats a paracetamol. she spat it out. she's fine. I'm not, my heart.",
    "slept in socks and shoes on the camping trip because the ground was freezing. never again.",
    "the knives were blunt so he sharpened the lot tonight while we watched bake off. peaceful, actually.",
    "GPS tag on the dog's collar after she got out twice. he says I track the dog more closely than him.",
    "he's in the clay shooting club on sundays. the guns stay locked at the club, never here. he's always careful about that.",
    "choked on a bit of steak at dinner and he did the back slaps. very dignified evening.",
    "pregnant. twelve weeks. we both cried in the car park. good crying.",
    "we share locations since he started cycling to work in the dark. my idea. I check he's got there and go back to sleep.",
    "suitcase in the boot for the long weekend in Kerry. first time away in two years. hoping it helps us talk.",
    "he said he'd kill me if I spoiled the ending. I told him anyway. he threw a cushion at my head and missed.",
    "fell asleep on his shoulder during the film. he didn't move for an hour so he wouldn't wake me.",
    "the neighbour's ex keeps turning up outside her house. the police were there again tonight. it's rattled me. I went and sat with her.",
    "he's never laid a finger on me, never even raised his voice. the silences are bad but that's all they are.",
    "watched a documentary about a woman whose husband tracked her car. had to switch it off. Jo just held my hand.",
    "he follows me round the house when he wants to talk and I'm trying to escape talking. annoying, not frightening.",
    "my first husband used to frighten me. that was twenty years and a different country ago. Tomás is nothing like him.",
    "packed the go-bag for the hospital. baby clothes, snacks, phone charger. due in three weeks.",
    "'if I have to do one more christmas at your mother's I'll die' he said. we both laughed. first laugh in weeks.",
    "he's a butcher. came home with a nick on his thumb and his knife roll, same as every night.",
    "what if one day he turns out like his dad? he never has, not once. I don't know why I spiral like this at night.",
    "his uncle made a shotgun wedding joke at lunch. we've been married twelve years. nobody laughed but the uncle.",
    "couldn't find the car keys for twenty minutes. turned the house upside down. they were in the fridge. it's me, I'm losing it.",
    "I check his phone sometimes. I know, I know. there's nothing on it but fantasy football.",
    "we each get fifty a week for fun money and everything else is joint. my idea. it's the one thing we never fight about.",
    "she doesn't love the green dress. I wore it anyway. she said it suits me, annoyingly.",
    "he didn't talk to me all evening. sulking over the match. then he came and sat next to me and said sorry, and we were ok.",
    "a plate got smashed tonight. my soapy hands. he swept it up and told me to sit down.",
    "my boss is a tyrant, timestamps my breaks, reads my emails over my shoulder. home is a relief by comparison.",
    "he punched the air when Ireland scored. the neighbours banged on the wall.",
    "I walk on eggshells around my mother, not him. he's the easy one.",
    "bruise on my shin from the coffee table. every single time. I'm moving that table.",
    "my sister's husband controls every cent she spends. I keep wanting to say something. we had her round tonight and she seemed so small.",
    "he asked for my bank login because he's doing the taxes and the account's in my name. fair enough. I watched him do it.",
    "he wants me eating more veg and keeps leaving carrot sticks in my bag. sweet and annoying.",
    "we agreed to keep phones out of the bedroom. his idea. I've slept better already.",
    "his ex used to call him useless and pathetic. he still flinches at those words. I try to be gentle.",
    "scarf over the love bite because I'm 38 and have a meeting with finance. he's very pleased with himself.",
    "I'm scared of how much I resent him lately. not scared of him. scared of me.",
    "my dad was a frightening man. I slept with my shoes on as a kid. I haven't in decades. I'm safe now, I know that.",
    "he told me I was being ridiculous about the bins. I probably was.",
    "she's locked out of her email again and wants me to reset it. I'm the IT department in this house.",
    "the second phone charging in the garage is his work one. he keeps it out there so it can't buzz at dinner. I asked him to.",
    "he had an affair in 2015. we did two years of counselling for it. it's not what tonight is about.",
    "found a receipt for two dinners. it was his birthday lunch with his sister. I'd forgotten.",
    "dreamt he cheated and woke up furious with him. he's asleep, oblivious, completely innocent.",
    "had a bit of a crush on the barista. it's nothing. nice to feel looked at.",
    "what if he meets someone at that conference? he won't. he hates everyone at conferences.",
    "my best friend's husband is seeing someone. she found out today. I sat with her on the bathroom floor for two hours.",
    "new aftershave. his mum bought it for his birthday. it's nice, actually.",
    "perfume receipt in his coat. it was for me, the one I'd been hinting at for weeks. I'm an idiot.",
    "hotel on the card statement and my stomach dropped. our anniversary weekend. he booked it in may and I'd forgotten.",
    "watched that series where the husband has a whole second family. up till 2. now I'm paranoid about nothing.",
    "she goes to the gym a lot. she always has. she's training for the half marathon.",
    "went through his messages while he was in the shower. nothing except plans for my birthday. I feel awful.",
    "Priya's been giggling at her phone all week. it's her cousins in Toronto, a group chat about their aunt's new boyfriend.",
    "the bottle behind the paint tins is white spirit. nearly poured some into a glass in the dark. labels, people.",
    "I've had a glass of wine every night this week. should probably knock that on the head.",
    "he gave up drinking ten years ago. still goes to a meeting now and then. I'm proud of him, even tonight.",
    "completely addicted to the baking show. three episodes back to back.",
    "recycling's overflowing with bottles after the party. mostly his cousins'. he was on lemonade, driving tomorrow.",
    "he does lotto on saturdays. two bucks. dreams out loud about a bach in the Coromandel. harmless.",
    "could murder a pint. won't. work tomorrow.",
    "his dad was a drinker. he talks about that, how he'll never be like him. he barely touches it.",
    "counting the dog's tablets into pill pockets. two a day for her ear. she eats around them.",
    "my friend's partner gambled away their house deposit. she told me tonight. I walked home grateful for my boring man.",
    "he's glued to his phone. scrolling, scrolling. I can't get his eyes up from it at dinner.",
    "he got wrecked at his brother's stag. once a year, poor lad. paracetamol and water on the bedside table.",
    "teaspoons keep vanishing because the teenager takes them to her room for yoghurt and never returns them.",
    "the amount of coffee he drinks could kill a horse. four flat whites a day. not my business.",
    "he's looking at flats. for his mum, who's moving closer to us. she'll be ten minutes away. god help me.",
    "boxes in the garage are for the move. we're moving together, to the new place. I hope the fresh start works.",
    "she said 'I'm done' and went to bed. done with the dishes. I should've helped.",
    "saw a lawyer about the wills. joint. boring. she had a cat on the desk.",
    "I'm the one with a foot out the door some days. I don't mean it. I'm just tired.",
    "he moved into the spare room because of my snoring. honestly fair. I miss him though.",
    "my parents are separating at 70. dad's got a flat already. strange to feel like a kid about it at 44.",
    "what if he just stops loving me one day? he's given no sign. it's 1am brain.",
    "the ring's in the dish by the sink because I was kneading bread. it lives there on baking days.",
    "he's been away for work three weeks. the house is so big without him. back friday, thank god.",
    "my ex took the dog when we split five years ago. I still miss that dog. not the ex.",
    "this job is killing me slowly. 14-hour shifts. I need a holiday desperately.",
    "Kwame nailed the interview. we celebrated with chips on the wall outside the chipper.",
    "dying of embarrassment after the school concert. I sang. loudly. I am not a singer.",
    "I'll strangle him if he leaves his socks on the landing once more. (I won't. I'll pick them up. again.)",
    "the kids are driving me to drink. it's camomile tonight.",
    "shot about 300 photos at the wedding and half are blurry. he's editing them now, swearing gently.",
    "I could cheerfully throttle my mother-in-law. she reorganised my cupboards again.",
    "the traffic on the M50 tonight. ninety minutes for 12 km. I'd have been quicker swimming.",
    "he says I'm a ghost lately, not really here. he's right. work's been brutal.",
    "burnt the dinner. properly burnt it. smoke alarm went and the dog hid under the bed.",
    "the baby fell asleep on my chest and I didn't dare breathe. the best kind of trapped.",
    "he hid the christmas presents so well he can't find them now. we've been through every cupboard.",
    "my friend's husband keeps tabs on her phone, she told me at lunch. made my skin crawl. came home and hugged mine.",
    "hit my head on the same cupboard door again. there's a permanent dent in me at this point.",
    "the goodbye card for Mark's retirement is on my desk. everyone has to sign before friday.",
    "been drafting a text to him for an hour. not goodbye, just 'can we talk properly this weekend'. sent it. he said yes.",
    "he takes my keys when I've had two glasses at a party and drives us home. it's our deal, I do the same for him.",
    "the tablets are for my migraines. I counted them because the pharmacy short-changed me last month.",
    "thinking about the day I walked out of the flat on Leeson street, age 22. best thing I ever did. different life, different man.",
    "he said 'I'm leaving' and then came back ten minutes later with milk and biscuits. he meant the shop.",
    "his brother's marriage is falling apart, lawyers and everything. he came home quiet and held me for a long time.",
]
