"""training examples, buried, written by a helper on 2026-11-22"""

POSITIVES = [
    # self_harm
    (
        "long day at work, the printer jammed twice and Dan didn't say a word to me at dinner. the kids went down easy for once. i keep thinking everyone would honestly be better off without me in the picture",
        "self_harm",
    ),
    (
        "Made a shepherd's pie and nobody ate it. Folded three loads of washing while he watched the football. I don't want to wake up tomorrow, if I'm honest, and that thought isn't new anymore.",
        "self_harm",
    ),
    (
        "school run, emails, the dentist for Mia. nothing happened really. i've been cutting again, just on my thigh where no one looks",
        "self_harm",
    ),
    (
        "Rained all day so the dog went mental inside. Sarah was on her phone all evening and I sat in the car in the drive for ages. I looked up how many of my sleeping tablets it would take.",
        "self_harm",
    ),
    (
        "work was fine, boss was decent for once. got the bins out. thought about just not being here anymore the whole drive home and it felt calm, which scares me",
        "self_harm",
    ),
    (
        "Quiet one. Tea, bath, bed for the little ones. I've started writing letters to each of them in case I'm gone, and I've hidden them in the wardrobe.",
        "self_harm",
    ),
    (
        "picked up the dry cleaning and paid the gas bill. he didn't come up to bed again. anyway i gave my good guitar to my nephew today because i won't be needing it",
        "self_harm",
    ),
    (
        "Helped Mum with her garden this arvo, she's doing alright. Came home to the same cold shoulder from Jess. I keep picturing driving off the road on the way to work, just letting go of the wheel.",
        "self_harm",
    ),
    (
        "we had a row about the thermostat, so stupid. after he went to sleep i burned my arm with the lighter again. it's the only thing that makes the noise stop",
        "self_harm",
    ),
    (
        "Parents' evening went well, Ollie's reading is way up. Then home and the silence. Honestly I've been wishing I could just go to sleep and not wake up, most nights now.",
        "self_harm",
    ),
    (
        "Hoovered the whole house, did the big shop. Tom's mates came over and I stayed upstairs. I've got the pills saved up in a sock drawer, about two months' worth now.",
        "self_harm",
    ),
    (
        "She laughed at something I said tonight and for a second it felt normal. Then it didn't. On my walk I stood on the footbridge over the motorway and thought about how easy it'd be to climb over.",
        "self_harm",
    ),
    (
        "kids had swimming. i forgot the goggles. cried in the changing rooms, then later i scratched my wrists with my nails till they bled, dunno why i'm telling this app",
        "self_harm",
    ),
    (
        "Work was a nightmare, deadline moved up. Priya ordered takeaway and we ate in separate rooms. I think I've decided how I'd kill myself if it came to that.",
        "self_harm",
    ),
    (
        "Made pancakes for the kids because it was a teacher training day. Spent the afternoon checking whether my life insurance pays out for suicide. It does, after two years.",
        "self_harm",
    ),
    (
        "grand day weather wise, got the washing dry. ciaran was off with me again. sometimes i hold the blade to my arm just to feel something and tonight i didn't stop",
        "self_harm",
    ),
    (
        "Long shift, feet in bits. Came home and he'd eaten without me. I'm so tired of existing, I want my life to just end, properly end.",
        "self_harm",
    ),
    (
        "took the car for its MOT, failed on a brake light. had a go at myself all afternoon. then i punched the wall till my knuckles split, on purpose, to hurt myself",
        "self_harm",
    ),
    (
        "Library trip with the twins, they got six books each. Alex is working late again. I've been saying goodbye to people in little ways this week, texting old friends to thank them for everything, because I won't be around much longer.",
        "self_harm",
    ),
    (
        "dinner, dishes, homework, bath. same every night. there's a rope in the garage and i keep going out there and looking at it and thinking about using it",
        "self_harm",
    ),
    (
        "Got my hair cut, nobody noticed. Nobody ever does. If I died tonight I don't think it'd change anyone's week, and part of me wants to make that happen.",
        "self_harm",
    ),
    (
        "meeting ran over, missed the bus. sat in the kitchen in the dark when i got in. i googled painless ways to die on my phone then cleared the history",
        "self_harm",
    ),
    (
        "The baby's teething, so no sleep. Mark said I look awful. I've started thinking the kids would be better off if I wasn't alive, with a mum who isn't me.",
        "self_harm",
    ),
    (
        "cleaned the fridge out tonight, found a yoghurt from march lol. bit of a laugh. then i sat in the bath with the razor for a long time and i used it on my legs",
        "self_harm",
    ),
    (
        "Footy training for Jack, then groceries. Kirsty's parents came for tea and it was all fine on the surface. I just keep thinking I don't want to be alive anymore, and I can't say it out loud to anyone.",
        "self_harm",
    ),
    (
        "Another Tuesday. Answered emails, ate a sandwich at my desk. I've written a suicide note and it's in my work bag.",
        "self_harm",
    ),
    (
        "walked the dog by the river like always. thought about walking in and not coming back out. didn't, tonight",
        "self_harm",
    ),
    (
        "Lovely sunset. I took a photo and then sat there hoping it would be the last one I ever see, and meaning it.",
        "self_harm",
    ),
    (
        "sorted the tax return finally. he was short with me all evening. i've been skipping my meds on purpose and saving them up for one night, i know exactly how many i have",
        "self_harm",
    ),
    (
        "We went to the fair with the kids, candy floss everywhere. Then the usual argument in the car. At home I hit myself in the head over and over in the bathroom so nobody would hear.",
        "self_harm",
    ),
    (
        "Bit of a nothing day, rang the council about the streetlight. Then spent an hour looking up the tallest car parks near me so I could jump. I know why I did that.",
        "self_harm",
    ),
    (
        "made a lasagne, watched bake off with the kids. maya went to bed early without saying goodnight. i'm starting to think the world would be lighter without me in it and that's not a mood, it's a plan forming",
        "self_harm",
    ),
    (
        "Worked from home, the wifi kept dropping. Had a long shower. I keep having these pictures of hanging myself and they're not scary any more.",
        "self_harm",
    ),
    (
        "Took Nan to her appointment, she's doing grand. Drove home the long way past the cliffs. I pulled over and thought really seriously about going over the edge.",
        "self_harm",
    ),
    (
        "payday so i paid everything off. told myself it's so nobody's left with my debts when i'm dead. sold my bike and gave the cat to my sister for 'a while'",
        "self_harm",
    ),
    (
        "The kids had a school disco, Lily wore glitter everywhere. Ben barely looked at me. I've been burning myself with the straighteners where my sleeves cover it.",
        "self_harm",
    ),
    (
        "Got rained on, lost my umbrella. Tiny stuff. But I'm so done with being alive, I'm just going through the motions until I find the nerve to end it.",
        "self_harm",
    ),
    (
        "did the ironing for the week. listened to a podcast. i took a load of extra tablets tonight hoping i wouldn't wake up, but here i am writing this",
        "self_harm",
    ),
    (
        "Long drive to the in-laws and back. Sam drove and I stared out the window. Kept thinking if we crashed on my side and I died that'd be a relief.",
        "self_harm",
    ),
    (
        "Meal prep Sunday. Chicken, rice, all that. Then I wrote out who gets what after I kill myself, and put it in an envelope.",
        "self_harm",
    ),
    (
        "kids watched a film, i had an early night. can't stop thinking about killing myself. it's there when i brush my teeth, on the school run, everywhere",
        "self_harm",
    ),
    (
        "Decent day. Coffee with Anna from work. Came home and cut myself for the first time in four years, I thought I was past it.",
        "self_harm",
    ),
    (
        "Fixed the dripping tap myself, proud of that. He didn't notice. Honestly I've stopped caring if I get hit by a bus, I half hope I do.",
        "self_harm",
    ),
    (
        "baked banana bread with the kids, bit burnt. i looked at train times tonight but not for going anywhere, for the fast one that doesn't stop at our station so i can step in front of it",
        "self_harm",
    ),
    (
        "Big argument about his mum's birthday. Cried in the shower. I just want to die, I'm so tired, I can't keep doing this.",
        "self_harm",
    ),
    (
        "Sports day, Finn came third in the egg and spoon. Then back to the quiet house. I keep thinking there's no point in me carrying on living.",
        "self_harm",
    ),
    (
        "Took the recycling out, swept the porch. Grace has gone to her sister's for the week. There's a bottle of paracetamol on the table and I'm just sitting here working out if it's enough.",
        "self_harm",
    ),
    (
        "busy at the shop, bank holiday rush. got home at 9. ended up picking at the scabs on my arms till they bled on purpose again, i do it to myself every night now",
        "self_harm",
    ),
    (
        "Normal day, normal dinner. I told my best mate I love her tonight out of nowhere because I wanted it to be the last thing I said to her before I go through with it. She doesn't know.",
        "self_harm",
    ),
    (
        "ran errands, post office, chemist. i asked the pharmacist how much of my prescription would be a fatal dose and pretended it was for an essay",
        "self_harm",
    ),
    (
        "Work drinks, I left early. Walked home past the river. Part of me wants to disappear for good, not run away, actually stop existing.",
        "self_harm",
    ),
    (
        "Kids are at their dad's tonight. I tidied their rooms and sat on Ellie's bed for ages. I'm scared of what I'll do with a whole night alone, the thoughts of ending my life are loud tonight.",
        "self_harm",
    ),
    (
        "Did the school forms, paid the milkman. He ignored me all evening. I'd rather be dead than keep living like this, and I mean that literally.",
        "self_harm",
    ),
    (
        "got a flu jab at the chemist, tiny plaster on my arm. under my jumper there's worse, i did it last night with a blade out of the pencil sharpener",
        "self_harm",
    ),
    (
        "Hosted book club, nobody read the book haha. After they left the emptiness came back hard. I started thinking about where I'd go to kill myself so the kids wouldn't be the ones to find me.",
        "self_harm",
    ),
    (
        "Sunday roast at my brother's. Everyone happy. I kept thinking this is the last family dinner I'll go to before I end things, and I felt peaceful about it.",
        "self_harm",
    ),
    (
        "had a rough one. boss yelled at me in front of everyone. got home and pressed the knife into my palm until it cut, on purpose. felt better for about five minutes",
        "self_harm",
    ),
    (
        "Gardening all morning, planted the tulip bulbs. Weird to plant things for spring when I don't plan to be alive for it.",
        "self_harm",
    ),
    (
        "Mo made dinner, which was nice actually. Still feel hollow. I've been researching which pills are the most lethal, I've got a list in my notes app.",
        "self_harm",
    ),
    (
        "just tired. the kids, the job, him. i keep wishing i'd get something terminal so i wouldn't have to kill myself",
        "self_harm",
    ),
    (
        "Went to the gym for once. Felt rubbish after. I hit my legs with a hairbrush until they were purple because I deserved it.",
        "self_harm",
    ),
    (
        "School concert tonight, Rosie sang a solo. I filmed it so she'll have something to remember me by once I've taken my life.",
        "self_harm",
    ),
    (
        "Late shift at the hospital. Came home at 2am to a dark house. Sat in the closed garage with the engine running for a while, wanting it to work, and I'm not sure why I turned it off.",
        "self_harm",
    ),
    (
        "anniversary dinner was awkward, he checked his phone the whole time. on the way home i thought if i threw myself out of the car now it would be over, and i held the door handle",
        "self_harm",
    ),
    (
        "Tidied the shed, took stuff to the tip. I've been giving away my books and clothes, told people I'm decluttering, but really I'm getting ready to die.",
        "self_harm",
    ),
    (
        "kids were feral, i was feral. burnt the tea. keep telling myself tonight's the night, tonight i'll actually go through with ending it",
        "self_harm",
    ),
    (
        "Had a decent chat with my sister on the phone. Didn't tell her the real stuff. I don't see a future where I'm alive and I've stopped trying to imagine one.",
        "self_harm",
    ),
    (
        "Bathroom grout finally done. Ryan said nothing. I've stopped eating on purpose and I'm hoping my body just gives up and I die, that's the honest truth.",
        "self_harm",
    ),
    (
        "Walked the kids to school in the frost. Work was slow. Every night I lie there praying I don't wake up.",
        "self_harm",
    ),
    (
        "got the car washed lol. tried to call my mate back. i cut deeper than usual tonight and i'm a bit scared of it",
        "self_harm",
    ),
    (
        "Sunday. Church, lunch, a walk. Wrote goodbye letters to my parents apologising for everything, they're sealed in the drawer for after I'm gone.",
        "self_harm",
    ),
    (
        "Long meeting about restructuring, might lose my job. Came home and Kate was cold. I keep thinking how much simpler everyone's life would be if I killed myself.",
        "self_harm",
    ),
    (
        "Soup and toast, kids in bed by 8. I've stockpiled his old painkillers from when he did his back, enough to not wake up. I counted them again tonight.",
        "self_harm",
    ),
    (
        "Uni assignment due, stayed up late. Pat's asleep. I slammed my own hand in the drawer on purpose three times, it's swollen now and I'm glad.",
        "self_harm",
    ),
    (
        "quiet night in, cuppa, folded washing. keep having thoughts about swallowing everything in the medicine cabinet to end it. just thoughts, for now, but they're getting louder",
        "self_harm",
    ),
    (
        "Went to my cousin's engagement party. Smiled a lot. Came home and sat on the bathroom floor planning how to end my life without it being messy for whoever finds me.",
        "self_harm",
    ),
    (
        "fed the chooks, did the school run, stacked wood. i keep saying sorry to everyone like i'm leaving. i think i am, just not the way they'd think, i mean not being alive",
        "self_harm",
    ),
    (
        "Jamie's birthday party prep, balloons everywhere. I'm making it perfect so the last memory they have of me before I kill myself is a good one.",
        "self_harm",
    ),
    (
        "Work, gym, dinner. Chris is on nights so I'm alone a lot. The urge to hurt myself has been constant this week and I gave in tonight, a few cuts on my stomach.",
        "self_harm",
    ),
    (
        "Car broke down on the way home, waited two hours for the AA. Sitting on the hard shoulder I thought about stepping out in front of a lorry to end it all. I nearly did.",
        "self_harm",
    ),
    # danger
    (
        "Kids had a sleepover at their nan's so it was just us. Nice dinner actually, then he found my phone unlocked. anyway he had his hands round my neck again, then we watched tv like nothing happened",
        "danger",
    ),
    (
        "Work was fine. Hoovered. She used to push me once a month maybe, now it's shoving and hitting most days, it's getting worse and I can see where it's going.",
        "danger",
    ),
    (
        "took the kids to the park, fed the ducks. when we got home he got the big kitchen knife out and pointed it at me and said i'd better watch my mouth",
        "danger",
    ),
    (
        "Quiet evening. Made soup. He told me, calm as anything, that if I ever left he'd kill me and the kids, and I believe him.",
        "danger",
    ),
    (
        "Bin day, forgot again. Then I found one of those little GPS trackers taped under my car's bumper. He's the only one who could've put it there.",
        "danger",
    ),
    (
        "I'm writing this from the bathroom with the door locked. He's downstairs smashing things and I can't get to the kids' room. I'm scared he's going to come up.",
        "danger",
    ),
    (
        "Midwife appointment went fine, baby's measuring well. Then tonight he kicked me in the stomach when I was bending down for the washing. I'm 28 weeks.",
        "danger",
    ),
    (
        "normal tuesday. pasta bake. he keeps the shotgun in the hall cupboard and tonight he took it out and cleaned it in front of me while he talked about what happens to wives who embarrass their husbands",
        "danger",
    ),
    (
        "Went to my book group for the first time in ages. She was parked outside when we came out, I never told her where it was. She turns up everywhere I go now, work, the gym, my sister's.",
        "danger",
    ),
    (
        "swimming lessons then tea. he grabbed my throat and pinned me against the fridge and i couldn't breathe for a bit. the kids were upstairs",
        "danger",
    ),
    (
        "Long day, nothing much. Honestly I think one day he's going to kill me. I've started keeping my phone charged and on me all the time.",
        "danger",
    ),
    (
        "laundry, dishwasher, the usual. he said if i try to take the kids he'll kill himself and make sure everyone knows it was my fault, then he'll come for me",
        "danger",
    ),
    (
        "Parents' evening was good. Then Marcus shook Evie so hard she cried for an hour, because she spilled her juice. She's four.",
        "danger",
    ),
    (
        "She's made me share my location with her permanently and she checks it every hour. Tonight she rang because I'd been in Tesco twelve minutes longer than usual. Anyway, did the shopping, made a curry.",
        "danger",
    ),
    (
        "got my haircut, felt nice for once. he said if i see my friends again he'll kill the dog. he said it looking right at her",
        "danger",
    ),
    (
        "Wet weekend. Board games with the kids. Then in bed he pressed a pillow over my face and held it until I stopped struggling, said it was a joke.",
        "danger",
    ),
    (
        "Pay review at work went well. At home he punched the wall right by my head. Last month it was the door across the room, now it's closer every time, it's escalating.",
        "danger",
    ),
    (
        "hi. kids are asleep in the back and i'm in a supermarket car park because i'm too scared to go back in the house tonight. he said he'd finish me",
        "danger",
    ),
    (
        "Cooked a roast. Nice enough. Then he choked me during sex without asking and kept squeezing after I tapped his arm.",
        "danger",
    ),
    (
        "Coffee with Jen. Got home and he showed me he'd been reading my messages and said next time he'd put me in the ground.",
        "danger",
    ),
    (
        "He left a bullet on my pillow tonight. Didn't say a word about it. I made the kids' lunches for tomorrow and I'm shaking.",
        "danger",
    ),
    (
        "ordinary day really, food shop and a film. he's been following me in his car when i drive to work, i see him three cars back in the mirror every morning",
        "danger",
    ),
    (
        "Had my 20 week scan. He shoved me down the stairs after because I said I was too tired to cook. I'm bleeding a bit and I'm frightened.",
        "danger",
    ),
    (
        "Kids' football, then pizza. He threatened our son tonight, told him he'd break his arm if he cried again.",
        "danger",
    ),
    (
        "Tried to have a normal evening, hung curtains in the spare room. His hands were on my neck for a few seconds in the hallway and then he just walked off whistling.",
        "danger",
    ),
    (
        "work was hectic. when i got home he'd put an app on my phone that shows him where i am at all times and he won't tell me the password to turn it off",
        "danger",
    ),
    (
        "Nice walk this morning. Tonight she threw a knife at me and it stuck in the cupboard next to my head. Then she put the kettle on.",
        "danger",
    ),
    (
        "Bit of a strange one. I really think he could kill me if I said the wrong thing at the wrong moment, and I'm not being dramatic.",
        "danger",
    ),
    (
        "Dentist, school run, tea. Things have been so much worse since Christmas, he used to shove me, now it's punches, and it's every week now.",
        "danger",
    ),
    (
        "I'm locked in the spare room with the baby. He's kicking the door. I've got my phone but I don't know who to call.",
        "danger",
    ),
    (
        "Made pancakes. He got his pistol out of the safe tonight and put it on the table during dinner, said it's there in case I ever get ideas about leaving.",
        "danger",
    ),
    (
        "cleaning day. he texted me a photo of my car parked outside my mum's. i never told him i was going there",
        "danger",
    ),
    (
        "Got my period, felt rough all day. In the car on the way home he squeezed my throat till i saw stars, because i changed the radio station",
        "danger",
    ),
    (
        "Everyone's asleep. Earlier he stood over Noah's cot and said he could end all of this very easily, looking right at the baby. I haven't slept.",
        "danger",
    ),
    (
        "Made a crumble with the apples from next door. He's said he'll kill my cat if I leave. He's already hurt her once to show me he means it.",
        "danger",
    ),
    (
        "Normal day at the café. I blocked him after we split but he was waiting at the bus stop after my shift again. Third time this week.",
        "danger",
    ),
    (
        "kids had a playdate, lots of mess. he held the knife to my throat in the kitchen while the others were in the lounge. quietly. then went and played lego with them",
        "danger",
    ),
    (
        "Pregnant and wrecked. He started hitting me after I told him about the baby, mostly on my back so it doesn't show.",
        "danger",
    ),
    (
        "Long day. Tonight he knelt on my chest and I couldn't breathe, I thought I was going to pass out.",
        "danger",
    ),
    (
        "She found out I'd been to see a solicitor. She said if I take the kids she'll drive us all off the bridge. She meant it.",
        "danger",
    ),
    (
        "quiet one. watched a doco. he goes through my car's gps history every night and knows every street i've been down, then tells me where i was as a warning",
        "danger",
    ),
    (
        "Tidied up after the party. When the guests left he choked me against the bedroom wall and I still can't swallow properly.",
        "danger",
    ),
    (
        "Did the ironing. I'm honestly afraid for my life this week, I've packed a bag and hidden it at my neighbour's.",
        "danger",
    ),
    (
        "Nursery pickup, fish fingers for tea. He hit our daughter tonight, across the face, hard. She's three.",
        "danger",
    ),
    (
        "I want to write something normal. We went to the beach. He held my head under the water as a 'joke' and I thought I was going to drown.",
        "danger",
    ),
    (
        "i'm hiding in the wardrobe typing this. he's going room to room looking for me. the kids are at school thank god",
        "danger",
    ),
    (
        "Work, Zumba, dinner. He said quietly that he knows people who'd make me disappear and nobody would come looking. He's never said anything like that before.",
        "danger",
    ),
    (
        "got a parking ticket lol. he used to slap me maybe twice a year, now it's every few days and harder each time. i'm scared of what comes next",
        "danger",
    ),
    (
        "Painted the fence. He came home and waved the hunting rifle around at me while telling me how disappointed he was.",
        "danger",
    ),
    (
        "New job's going well. She logs into my email and my bank, and somehow she knew which café I was in at lunch. I think she's put something on my phone to track me.",
        "danger",
    ),
    (
        "roast chicken, then the news. he's taken the key and locked me in the bedroom tonight and i can hear him downstairs, i don't know what he's going to do",
        "danger",
    ),
    (
        "School trip forms, paid the milkman. He threw the baby's bottle at me and then grabbed the baby and shook him when he screamed.",
        "danger",
    ),
    (
        "pretty normal day tbh. he strangled me last night until i blacked out and this morning he made me breakfast in bed",
        "danger",
    ),
    (
        "Got the kids to bed early. He said if I call the police he'll shoot me before they get here. There are guns in the house for his work.",
        "danger",
    ),
    (
        "Work was fine. Since I moved out, my ex drives slowly past my new place every night at 11. I've seen him outside the kids' school too.",
        "danger",
    ),
    (
        "He's hit me before but tonight was different, he had a hammer in his hand the whole time he was shouting. He didn't use it, he wanted me to see it.",
        "danger",
    ),
    (
        "I'm 7 months gone. He punched me tonight, in the belly, and said it wasn't his baby anyway.",
        "danger",
    ),
    (
        "Had a lie in, went for brunch. He follows me around town on his days off, I keep catching him across the street pretending to look at his phone.",
        "danger",
    ),
    (
        "Took Max to the vet, he's fine. Tonight my husband sharpened a knife at the table while telling me he'd kill me and then himself if I ever tried to leave.",
        "danger",
    ),
    (
        "I've been sleeping with a chair under the door handle. Last night he tried to get in, screaming that he'd end me. Made the packed lunches this morning like normal.",
        "danger",
    ),
    (
        "cleaned the bathroom. ella's teacher called about her reading. he got me by the throat when i told him, said i'm turning her against him",
        "danger",
    ),
    (
        "Okay day. He's got more violent every month since he lost his job, first throwing things, then pushing, and last night a closed fist to my face.",
        "danger",
    ),
    (
        "We had friends round and I laughed at someone's joke. After they left she grabbed the scissors and stabbed at me with them, cut my arm.",
        "danger",
    ),
    (
        "Bit of a headache. He's threatening to take the kids somewhere I'll never find them and hurt them if I don't do what he says.",
        "danger",
    ),
    (
        "School's out. Hot day. He held our son's hand over the hob to 'teach him' about touching it. It's red and blistered.",
        "danger",
    ),
    (
        "He's been turning up at my work since I moved out, sitting in the car park for hours. Today he followed me into the shop and stood behind me in the queue.",
        "danger",
    ),
    (
        "Normal Sunday, lunch with his parents. In the car home he said if I ever humiliate him like that again he'll kill me, totally flat voice.",
        "danger",
    ),
    (
        "i'm in the upstairs loo with the lock on. he's got the bread knife and he's been banging on the door for ten minutes. i'm so scared",
        "danger",
    ),
    (
        "Ran to the shops, made a bolognese. Every time we argue now I genuinely think this might be the time he kills me.",
        "danger",
    ),
    (
        "Quiet night, just us. Can't write much. He choked me out again, second time this week, and I have the marks on my neck.",
        "danger",
    ),
    (
        "Tom's tooth fell out! Tooth fairy duty. Earlier his dad put his hands round Tom's throat and said he'd strangle him, then laughed like it was funny.",
        "danger",
    ),
    (
        "I'm pregnant again and he's furious. He threw me against the bathroom door tonight and I landed on my bump.",
        "danger",
    ),
    (
        "Did the big shop. She found my messages with my brother and put her fingers round my throat and squeezed until I said sorry.",
        "danger",
    ),
    (
        "Movie night. He made me watch a clip of a man being shot and said that's what happens to people who leave him.",
        "danger",
    ),
    (
        "Normal day. He rang me forty times while I was at my friend's, then he was parked outside her house when I came out. I've never told him where she lives.",
        "danger",
    ),
    (
        "The kids and I are at a friend's tonight, we left in a hurry. He pointed the gun from the shed at me and I ran.",
        "danger",
    ),
    (
        "Made shepherd's pie. It's worse than last year. The beatings last longer and come closer together and I can feel it building to something.",
        "danger",
    ),
    (
        "Weird day. He made a comment about how easy it would be to make my death look like an accident. I laughed it off but I haven't stopped thinking about it.",
        "danger",
    ),
    (
        "Spring clean, then takeaway. He messed with the brakes on my car once before, and now he's saying next time he'll do it properly.",
        "danger",
    ),
    (
        "Kids are in bed and I'm in our room with a chair against the door. He's outside it shouting that I won't see the morning.",
        "danger",
    ),
    # abuse
    (
        "Did the school run, worked till five. Made tacos. He slapped me across the face because the tortillas were cold, then said sorry and put the telly on.",
        "abuse",
    ),
    (
        "Bath time, bedtime, the usual battle. I'm only allowed forty quid a week for food and he checks the receipts every Sunday.",
        "abuse",
    ),
    (
        "nice walk with the pram. she goes through my phone every night before bed, reads every message, and i have to unlock it whenever she asks",
        "abuse",
    ),
    (
        "Long day at the office. He made me change out of my dress before we went out, said I looked like a slag. I went in jeans.",
        "abuse",
    ),
    (
        "grocery run then homework. he shoved me into the bookcase when i asked about the bills, i've got a bruise on my shoulder now",
        "abuse",
    ),
    (
        "Sunday. He wanted sex and I said no, I was exhausted. He kept on at me and wouldn't let me sleep till I gave in, like always.",
        "abuse",
    ),
    (
        "Rang my mum for the first time in weeks while he was out. He doesn't let me see her, says she's poison. Had to delete the call log after.",
        "abuse",
    ),
    (
        "work was grand, got a compliment off my manager. then home and he took my car keys off me again so i can't go anywhere on my day off",
        "abuse",
    ),
    (
        "Kids had a good day. I didn't. She threw a plate at me because I forgot to buy milk, it caught my arm.",
        "abuse",
    ),
    (
        "made a stir fry. i'm so careful what i say at dinner, walking on eggshells because i'm frightened of what he'll do if i get it wrong",
        "abuse",
    ),
    (
        "Paid my wages into the joint account. He takes it all and gives me an allowance, I have to ask him for money for tampons.",
        "abuse",
    ),
    (
        "quiet day. he called me a fat useless cow in front of his brother and they both laughed. it's every day now, something like that every single day",
        "abuse",
    ),
    (
        "Got the washing in before the rain. He grabbed my wrist so hard when I tried to walk away that there are finger marks.",
        "abuse",
    ),
    (
        "Nice lunch with a colleague. I have to send him a photo every hour of where I am and who I'm with or there's hell to pay when I get home.",
        "abuse",
    ),
    (
        "Did my online shop. He decides what I eat, weighs my portions and tells me I'm disgusting if I have seconds.",
        "abuse",
    ),
    (
        "Took Bella to ballet. Tonight at his parents' he kicked me hard in the shin under the table because I disagreed with him.",
        "abuse",
    ),
    (
        "kids in bed. i'm scared of him, honestly. i flinch when he comes in the room and i plan every sentence before i say it",
        "abuse",
    ),
    (
        "Pretty quiet, did the dishes. She took my bank card off me again and said I can have it back when I learn to behave.",
        "abuse",
    ),
    (
        "Birthday tomorrow. I'm not allowed to go to the drinks at work because he says my colleagues are a bad influence, so I told them I'm sick.",
        "abuse",
    ),
    (
        "Had a bath. He pushed me over in the kitchen earlier and I hit the floor hard. Then he told the kids I'd tripped.",
        "abuse",
    ),
    (
        "Packed lunches, school run. He pressures me into stuff in bed I don't want and calls me frigid if I say no, so I just let him.",
        "abuse",
    ),
    (
        "Watched a film with the kids. He smashed my phone against the wall because a man from work texted about a shift, and said I'd be next.",
        "abuse",
    ),
    (
        "Cooked a curry from scratch. He said it was slop, tipped it in the bin in front of his mates and made me clean it up on my knees.",
        "abuse",
    ),
    (
        "Went to yoga for the first time in months. He's been reading all my emails, he changed my password so only he knows it.",
        "abuse",
    ),
    (
        "the weather's turned. he threw the remote at my head tonight and it cut my eyebrow. told the kids i walked into a door",
        "abuse",
    ),
    (
        "Work was good. I'm not really allowed friends, he's made sure of that, I haven't seen anyone except his family in over a year.",
        "abuse",
    ),
    (
        "Made a cottage pie. She screamed in my face and cornered me against the sink until I was shaking, just to make a point.",
        "abuse",
    ),
    (
        "paid the council tax, or he did. he controls all the money, i don't even know what we earn. i had to beg for money for the kids' school shoes",
        "abuse",
    ),
    ("Kids off school with colds. He slapped me when I said I wanted to go back to work.", "abuse"),
    (
        "Picked blackberries. He tells me what to wear every morning, lays it out on the bed, and I don't get a say.",
        "abuse",
    ),
    (
        "Tidied the loft. My arms are covered in bruises from where he grabs me, I wear long sleeves now even in summer.",
        "abuse",
    ),
    (
        "had a chat with the neighbour over the fence. he saw and went mental, said i'm not allowed to talk to men, and made me stay in the bedroom the rest of the night",
        "abuse",
    ),
    (
        "Good day. Except he had sex with me again while I was asleep. I woke up and he was already doing it.",
        "abuse",
    ),
    (
        "Ordered the new school uniform. He shoved me out of the way to get to the door and I fell into the radiator, big bruise on my hip.",
        "abuse",
    ),
    (
        "Picked up the kids from my sister's. He doesn't like me going there, he sulked all night and then said he'll leave me with nothing if I keep 'running to her'.",
        "abuse",
    ),
    (
        "evening walk. i have to tell her where i'm going before i leave and exactly how long i'll be, and if i'm five minutes late she screams at me",
        "abuse",
    ),
    (
        "A bit rainy. He took the SIM out of my phone so I can't ring anyone while he's at work.",
        "abuse",
    ),
    (
        "Helped Ellie with fractions. He calls me stupid and worthless in front of the kids every day. They've started saying it too.",
        "abuse",
    ),
    (
        "Work was busy. She kicked me in the back while I was getting into bed. I didn't say anything, just lay there.",
        "abuse",
    ),
    (
        "Made scones. I'm scared of my husband, properly scared. I keep a list in my head of the things that set him off.",
        "abuse",
    ),
    (
        "went to the shops. he's taken my passport and my birth certificate and keeps them locked in his desk so i can't go anywhere",
        "abuse",
    ),
    (
        "the kids had their cousins over, lovely chaos. he pinched me hard under the table when i talked too much and there's a bruise on my thigh now",
        "abuse",
    ),
    (
        "Made spaghetti. He punched me in the arm tonight, hard, because I laughed at the wrong moment.",
        "abuse",
    ),
    (
        "Football on the telly all day, I cleaned. He made me sleep on the floor as a punishment for talking back.",
        "abuse",
    ),
    (
        "Did the accounts for work. He has all my logins, email, socials, even my work Slack, and he reads everything daily.",
        "abuse",
    ),
    (
        "Quiet, nothing much. My wife won't let me see my mates anymore, she says if I go to the pub she'll tell everyone I'm a terrible dad.",
        "abuse",
    ),
    (
        "School disco. He made me have sex after I said no twice. I just stared at the ceiling.",
        "abuse",
    ),
    (
        "nice weather, hung out washing. he threw my dinner at the wall and then threw a chair at me, missed, but barely",
        "abuse",
    ),
    (
        "I've been checking my face in the mirror for marks again. He hit me on Saturday and the bruise on my cheek is going yellow now.",
        "abuse",
    ),
    (
        "Took the dog out. I'm not allowed to drive anymore, he keeps the keys on him and says I'm useless, so I walk everywhere.",
        "abuse",
    ),
    (
        "made the kids' costumes for book day. she degraded me all evening, mocking my voice, my body, my job, till i cried, then she laughed at that too",
        "abuse",
    ),
    (
        "Long one at work. Got home and he grabbed me by the hair and dragged me to the sink to show me a dirty mug.",
        "abuse",
    ),
    (
        "Visited Gran in hospital, first time in ages because he doesn't let me go out without him. He's cut me off from basically everyone, I think my family has given up calling.",
        "abuse",
    ),
    (
        "Paid bills. I have to show him every receipt and explain every pound. If anything's unaccounted for, he takes my phone off me for a day.",
        "abuse",
    ),
    (
        "movie night in. he shoved me so hard i hit the wall and slid down it, the kids were asleep thank god",
        "abuse",
    ),
    (
        "Had my smear test. He wants to know every appointment, checks my diary, and if I go anywhere not written in it he goes through my bag.",
        "abuse",
    ),
    (
        "Cleaned out the fridge. I walk on eggshells all the time, terrified of his temper, and I hide it when I've spent any money because I'm afraid of him.",
        "abuse",
    ),
    (
        "Made gravy from scratch for once. He makes me ask permission to eat, literally, I have to ask before I get anything out of the fridge.",
        "abuse",
    ),
    (
        "Rugby on the telly. He slapped my face twice in the car park because I'd been too friendly with the waiter.",
        "abuse",
    ),
    (
        "Work was busy. He won't let me wear makeup or anything fitted, says only a whore dresses like that, he went through my wardrobe and binned half of it.",
        "abuse",
    ),
    (
        "Sunny. Kids played in the sprinkler. He threatens to report me to social services as an unfit mum if I don't do what he says.",
        "abuse",
    ),
    (
        "made a stew. he pushed me off the bed in the night for snoring and i landed on my wrist. think it's sprained",
        "abuse",
    ),
    (
        "went to the chemist for cough medicine. she makes me hand over my wages and gives me back twenty quid for the week",
        "abuse",
    ),
    (
        "got a new plant for the kitchen. he messages me all day at work to check up and if i don't reply in five minutes he rings my boss",
        "abuse",
    ),
    (
        "Baked a cake for Poppy's class. He threw a glass at me, it smashed at my feet and cut my foot.",
        "abuse",
    ),
    (
        "Read a bit of my book. My partner won't let me leave the house without them, says I can't be trusted on my own.",
        "abuse",
    ),
    (
        "Bathed the dog. He has my wages paid into his account, I'm not on any of the accounts, and when I asked he said I'm lucky he lets me live here.",
        "abuse",
    ),
    (
        "Mum rang, I let it ring out because he was home. He goes mad if I talk to her and smashes things near me, I'm too frightened to answer.",
        "abuse",
    ),
    (
        "Took the kids swimming. He shoved me into the edge of the bench in the changing room, banged my hip. Smiled at the lifeguard after.",
        "abuse",
    ),
    (
        "Went to bed early. He made me do things in bed I'd said I never wanted to, said that's what wives are for.",
        "abuse",
    ),
    (
        "ordinary day. his rule is i'm not allowed my own bank account, and he took the card my mum gave me for emergencies",
        "abuse",
    ),
    (
        "Lovely dinner at my friend's, which I'll pay for later. He's always like this after, shouting, blocking the doorway so I can't leave the room, standing over me.",
        "abuse",
    ),
    (
        "Made a fry-up. He called me a filthy pig in front of our teenage son and made me eat my breakfast off the floor.",
        "abuse",
    ),
    (
        "nice walk on the beach. he made me delete my facebook and instagram so i can't 'flirt', i've lost touch with basically all my friends",
        "abuse",
    ),
    (
        "Did the PE kit wash. She hits me when she's angry, open hand, on the back of the head, and tells me to stop being a baby.",
        "abuse",
    ),
    (
        "Work, cooking, bedtime stories. I'm afraid of my boyfriend. I apologise for things I didn't do just to keep him calm.",
        "abuse",
    ),
    (
        "Walked into town for a coffee. He'd changed the wifi password and hidden my laptop charger so I couldn't apply for jobs or talk to anyone.",
        "abuse",
    ),
    (
        "Ironed his shirts. He kicked me in the leg while I was on the floor picking up toys, I've got a massive bruise.",
        "abuse",
    ),
    (
        "Read with the kids. He makes me have sex whenever he wants and says I owe it to him because he pays the mortgage.",
        "abuse",
    ),
    (
        "Finished the jigsaw, finally. She threatens to throw me out and keep the kids if I ever tell anyone how she treats me.",
        "abuse",
    ),
    # infidelity
    (
        "Took the kids to the cinema, they loved it. He's still seeing her, I saw a message pop up on his watch tonight, 'can't wait for Thursday x'.",
        "infidelity",
    ),
    (
        "Did the big shop and the meal plan. Found a dating app on her phone in a hidden folder, active this week, with photos of her I've never seen.",
        "infidelity",
    ),
    (
        "work, gym, tea. he's staying at hers again tonight, told the kids he's 'working away'",
        "infidelity",
    ),
    (
        "Quiet night. He's been texting some woman called Leah every night with heart emojis and he flips the phone over when I walk in.",
        "infidelity",
    ),
    (
        "made pasta, put a wash on. she admitted she's still sleeping with her ex but says it doesn't mean anything",
        "infidelity",
    ),
    (
        "Kids had swimming. I found a second phone in his gym bag, full of messages to another man, love you, miss you, see you Saturday.",
        "infidelity",
    ),
    (
        "Pretty good day at work. My husband's affair hasn't stopped like he promised, his colleague's car was at the hotel with his again on Saturday.",
        "infidelity",
    ),
    (
        "spent the evening sorting the kids' winter clothes. his tinder profile is live, my friend sent me a screenshot today, updated yesterday",
        "infidelity",
    ),
    (
        "Made a birthday card with Ruby. He's been meeting his ex at lunchtimes, a friend saw them kissing in the car park this week.",
        "infidelity",
    ),
    (
        "Ran a bath, read a bit. She told me she's in love with someone at her work, they've been together for months and it's still going on.",
        "infidelity",
    ),
    (
        "grocery day. his credit card statement has another hotel and flowers i never got, both from this week",
        "infidelity",
    ),
    (
        "Did the garden. Jack goes out every Wednesday 'for football' but there's no football, he's at her place, his mate let it slip.",
        "infidelity",
    ),
    (
        "Long day. I caught her sexting someone in the bathroom tonight, saw it over her shoulder.",
        "infidelity",
    ),
    (
        "made soup. he says the affair is over but he was on the phone whispering 'love you too' to her in the garage at midnight",
        "infidelity",
    ),
    (
        "school forms, bills. my wife has a secret instagram and she's messaging a guy from her gym every night, flirty stuff, i read it all tonight",
        "infidelity",
    ),
    (
        "Nice dinner out, finally. Then his phone buzzed with a message from 'Dave work' saying miss your lips. Dave is not a Dave.",
        "infidelity",
    ),
    (
        "Hung the new blinds. Apparently he's still going round to her flat after work, her neighbour is a friend of my cousin and saw him there Tuesday.",
        "infidelity",
    ),
    (
        "watched the kids' nativity. he's on bumble again, my cousin matched with him last night",
        "infidelity",
    ),
    (
        "Dentist, then work. She's got a boyfriend on the side and isn't even hiding it anymore, she came home at 3am smelling of his aftershave.",
        "infidelity",
    ),
    (
        "Folded laundry. Found a receipt for lingerie that's not my size, from last week, and a card in his coat signed 'your secret'.",
        "infidelity",
    ),
    (
        "kids' party was mad. he left early to 'help his brother', he was with the woman from the pub, she posted a pic of them together an hour ago",
        "infidelity",
    ),
    (
        "Roast on Sunday for his parents. He's having an emotional affair with an old school friend, hours of texts a day, 'I wish I'd married you'.",
        "infidelity",
    ),
    (
        "Made lunches. Sam's been seeing someone from her running club, they're meeting at his place tomorrow, I saw the plan in her messages.",
        "infidelity",
    ),
    (
        "Did the tax return. He's paying a woman's rent from a secret account, and he spends his weekends 'fishing' at hers.",
        "infidelity",
    ),
    (
        "lazy sunday. found my boyfriend's grindr open on the ipad, chatting to blokes about hooking up this week",
        "infidelity",
    ),
    (
        "Pancake day with the kids. He never stopped talking to her, he just got better at deleting the messages.",
        "infidelity",
    ),
    (
        "Book club. He calls her every night on the drive home, I hear her voice through the car speakers when he forgets to switch over.",
        "infidelity",
    ),
    (
        "Paid the childcare. She's still sleeping with Mark from accounts, she admitted it tonight and said she can't choose yet.",
        "infidelity",
    ),
    (
        "early night. his 'conference' was a weekend away with her, the photos are on her facebook, posted today",
        "infidelity",
    ),
    (
        "we had friends over, good laugh. after, i saw a message on his phone from a woman: can't wait to see you tomorrow babe, wear the red one",
        "infidelity",
    ),
    (
        "Mowed the lawn, washed the car. My husband has a girlfriend. I've known for a month and it's still going on.",
        "infidelity",
    ),
    (
        "Bit of a cold coming on. Found her on a hookup site, the profile says 'married but discreet', last active today.",
        "infidelity",
    ),
    (
        "School run, work, dinner. He's been meeting his ex-wife in secret and it's not about the kids, there are hotel booking emails for next week.",
        "infidelity",
    ),
    (
        "Tidied the playroom. The woman he swore he'd stopped seeing texted me herself tonight to say they're still together.",
        "infidelity",
    ),
    (
        "Made a lemon drizzle. He's out with her right now, I know because she tagged them at the restaurant. He told me he's at his mum's.",
        "infidelity",
    ),
    (
        "normal day. found love notes in her coat pocket from some guy called Theo, one of them dated yesterday",
        "infidelity",
    ),
    (
        "Bathed the baby. His phone lit up with 'goodnight gorgeous, last night was amazing' from a number saved as 'Plumber'.",
        "infidelity",
    ),
    (
        "laundry mountain. they've got a secret snapchat going with someone from their old job, sending flirty pics, i saw it when they handed me the phone to take a photo",
        "infidelity",
    ),
    (
        "Work was slow. My wife's been going to her ex's house while I'm on nights, the neighbour told me, car there till morning.",
        "infidelity",
    ),
    (
        "Got the car serviced. He's on a dating site under a fake name, I made an account to check and he messaged me within the hour asking to meet.",
        "infidelity",
    ),
    # addiction
    (
        "Made fajitas, the kids loved them. He was drunk again by seven, it's every night now, and asleep on the sofa by nine.",
        "addiction",
    ),
    (
        "Did the big shop. Found vodka bottles hidden in the shed behind the paint tins, three of them, empty. He swore he'd stopped.",
        "addiction",
    ),
    (
        "quiet day. she's using again, i found foil and a lighter in her coat. six months clean and now this",
        "addiction",
    ),
    (
        "Work was busy. He gambled the rent money on the horses, all of it, and the landlord wants it Friday.",
        "addiction",
    ),
    (
        "Took the kids to the park. She's been drinking from lunchtime every day this week, I can smell it when she picks them up from school.",
        "addiction",
    ),
    (
        "made a curry. he's back on the coke, he thinks i don't notice the nosebleeds and the cash going missing",
        "addiction",
    ),
    (
        "Dentist appointment, school run. He relapsed last weekend and hasn't stopped drinking since, won't talk about getting help.",
        "addiction",
    ),
    (
        "Had a lovely bath. Then found his online casino statements, he's lost eight grand this month and we don't have eight grand.",
        "addiction",
    ),
    (
        "kids' homework. he drinks a bottle of wine before dinner and another after, every night, and says it's normal",
        "addiction",
    ),
    (
        "Book club night. She's taking way more of her painkillers than prescribed, she's getting them from two different GPs.",
        "addiction",
    ),
    (
        "lazy sunday. my husband is high most evenings now, weed all day and pills at night, and he won't see anyone about it",
        "addiction",
    ),
    (
        "Work then yoga. He's been betting on his phone at 3am, I saw the app, and our savings account is nearly empty.",
        "addiction",
    ),
    (
        "made soup. she hides little bottles of gin in her handbag, the kids found one today",
        "addiction",
    ),
    (
        "Walked the dog. He came home wasted again, fourth night running, couldn't stand up, won't remember tomorrow what he said tonight.",
        "addiction",
    ),
    (
        "Parents' evening, he didn't come, he was at the pub. He's always at the pub. He's drinking through all our money.",
        "addiction",
    ),
    (
        "Pretty normal, cleaned the bathroom. My boyfriend's doing ketamine every weekend and now midweek too, he was completely out of it tonight.",
        "addiction",
    ),
    (
        "Did the recycling. So many cans. He gets through twelve a night now and gets shirty if I count.",
        "addiction",
    ),
    (
        "Nice day at the beach. She went off to the car twice and came back different, pupils huge. I know she's using again.",
        "addiction",
    ),
    (
        "Ordered takeaway. He's been gambling again and took out a loan in my name to cover it.",
        "addiction",
    ),
    (
        "school forms. she drinks in the mornings now, before the school run, i can smell it on her at 8am",
        "addiction",
    ),
    (
        "Long day. He promised he'd stopped using but his dealer texted him tonight asking if he wants the usual, I saw it.",
        "addiction",
    ),
    (
        "Made a pie. My husband's hooked on the pokies, blew his whole pay at the pub again and came home with nothing.",
        "addiction",
    ),
    (
        "Finally fixed the shower. He drinks from the moment he gets in and he's hungover every morning, he's missed work three times this month.",
        "addiction",
    ),
    (
        "Visited the in-laws. She's been mixing her anxiety tablets with wine every night and she's barely awake for the kids.",
        "addiction",
    ),
    ("Cleaned out the car and found needles under his seat. He swore he was clean.", "addiction"),
    (
        "Took the bins out. Counted the empties again, two bottles of whisky since Monday, and he's the only one who drinks it.",
        "addiction",
    ),
    (
        "kids had friends round. he sold my nan's ring to pay off his betting debts and lied to my face about it",
        "addiction",
    ),
    (
        "Did the ironing. She's blackout drunk every weekend and most weeknights now too, and she won't admit it's a problem.",
        "addiction",
    ),
    (
        "Quiet evening. He's smoking crack, I found the pipe tonight. I don't know who he is anymore.",
        "addiction",
    ),
    (
        "roast dinner. he was slurring before we even sat down. it's every sunday, every day really",
        "addiction",
    ),
    (
        "Went to Zumba. He spends everything on scratchcards and sports bets, I found a stack of losing slips in his jacket.",
        "addiction",
    ),
    (
        "Made pancakes. She's relapsed, she's been calling in at the off licence on her way home every day.",
        "addiction",
    ),
    (
        "Boring day at work. He's drinking in secret, there's a bottle in the garage, one in his car, one in the airing cupboard.",
        "addiction",
    ),
    (
        "Picked the kids up from football. He was too drunk to drive so I had to go, again, third time this week.",
        "addiction",
    ),
    (
        "Paid the electric. He buys pills online to sleep and different ones to wake up, he's hooked and won't admit it.",
        "addiction",
    ),
    (
        "Nice chat with Mum. My wife's hiding her drinking, vodka in water bottles, I tasted one tonight.",
        "addiction",
    ),
    (
        "Got the shopping in. He's back on heroin, nodding off at the table, fresh marks on his arms.",
        "addiction",
    ),
    (
        "kids had a good day at school. he lost the car to his gambling debts, literally, a bloke came and took it this arvo",
        "addiction",
    ),
    (
        "Tidied up. He drinks till he passes out most nights now and I have to check he's still breathing before I go up.",
        "addiction",
    ),
    (
        "Bought a new kettle. Her sports betting is out of control, she bets on anything, even the weather, and she's maxed out both cards.",
        "addiction",
    ),
    # checked_out
    (
        "Cleaned the oven, finally. He told me tonight he doesn't love me anymore and hasn't for a long time, then went to bed.",
        "checked_out",
    ),
    (
        "Kids had their friends over. She's been looking at flats, she's made up her mind and she's moving out in the spring.",
        "checked_out",
    ),
    (
        "made a chilli. he wants a divorce. said it really calmly while loading the dishwasher",
        "checked_out",
    ),
    (
        "Good day at work. Came home and he'd packed a bag, he's going to his brother's and says he's not coming back.",
        "checked_out",
    ),
    (
        "Watched a film. She said she's done with us, she's been done for a year and just didn't know how to say it.",
        "checked_out",
    ),
    (
        "wet day, muddy dog. he said it's over between us and he's already told his mum",
        "checked_out",
    ),
    (
        "Took Lucy to her piano lesson. My husband's seen a solicitor about a separation. He told me like he was telling me the weather.",
        "checked_out",
    ),
    (
        "Hoovered, did a wash. He's physically here but he told me he left emotionally months ago and he's just waiting for the right time to go.",
        "checked_out",
    ),
    (
        "Parents' evening. On the drive home she said she wants a separation and wants to tell the kids at the weekend.",
        "checked_out",
    ),
    (
        "Baked bread. He told me he's not in love with me and doesn't think he ever will be again, and that he wants out.",
        "checked_out",
    ),
    ("quiet one. she signed a lease on her own place today, moves out on the 1st", "checked_out"),
    (
        "Ate dinner in silence. He said he's decided, there's no point in counselling because he's leaving anyway.",
        "checked_out",
    ),
    (
        "Finished a big project at work. Came home to divorce papers on the kitchen table. She'd already signed her bit.",
        "checked_out",
    ),
    (
        "Walked the kids to school. He said he wants out of the marriage, he's been thinking about it since the summer and he's sure.",
        "checked_out",
    ),
    (
        "made brownies with the kids. my boyfriend says he doesn't see a future with me and wants to break up after christmas so it's not awkward",
        "checked_out",
    ),
    (
        "Long day. She said she stopped loving me a while ago and she's only staying till she finds somewhere to live.",
        "checked_out",
    ),
    (
        "Put the Christmas lights up. He told me he's leaving in January and asked me not to make a scene.",
        "checked_out",
    ),
    (
        "Dinner with his parents. After, he said he's told them he's leaving me. They knew before I did.",
        "checked_out",
    ),
    ("gym, then takeaway. she said it's over, no counselling, no trying, just over", "checked_out"),
    (
        "Fixed the gate. He's moved into the spare room for good and says we're separated now, just sharing a house till it sells.",
        "checked_out",
    ),
    (
        "Ollie lost a tooth. My wife told me she doesn't want to be married anymore, and she's been sleeping at her friend's.",
        "checked_out",
    ),
    (
        "Work was fine. He said he doesn't love me, he cares about me but he's not in love, and he wants to separate.",
        "checked_out",
    ),
    (
        "Bought new bedding. She's already told her friends we're splitting up, I heard it from one of them.",
        "checked_out",
    ),
    ("made a casserole. his mind's made up, he's filing for divorce next month", "checked_out"),
    (
        "Tidied the kids' rooms. He's had an estate agent round to value the house because he's leaving and wants his half.",
        "checked_out",
    ),
    (
        "Took the cat to the vet. She said she's been planning her exit from this marriage for a year and she's ready to go now.",
        "checked_out",
    ),
    (
        "Not much today. He told me he's emotionally gone, has been for ages, and he's only still here because of the mortgage.",
        "checked_out",
    ),
    (
        "quiz night at the pub, came second. on the way home he said he wants a divorce and it's not up for discussion",
        "checked_out",
    ),
    (
        "Ordered a new sofa and he said don't bother on his account, he won't be here to sit on it. He's leaving.",
        "checked_out",
    ),
    (
        "Painted Mia's room. She told me she's moving to her mum's with the kids next week and it's over between us.",
        "checked_out",
    ),
    (
        "Gardening. He said there's nothing left, he doesn't feel anything for me anymore, and he wants to end the marriage.",
        "checked_out",
    ),
    (
        "Good run this morning. Tonight she said she wants us to go our separate ways and she's already looked at schools near her sister.",
        "checked_out",
    ),
    (
        "dinner, dishes. he's stopped wearing his ring and says he's done trying, he's moving out when his contract ends",
        "checked_out",
    ),
    (
        "Made soup for my poorly neighbour. My husband says our marriage is over and he's already been to a mediator.",
        "checked_out",
    ),
    (
        "Kids had a sleepover. She's decided. She doesn't love me anymore and she's staying at her sister's from Friday.",
        "checked_out",
    ),
    (
        "Picked up the dry cleaning. He told me he checked out of this relationship a year ago and he's been living like a single man in his head.",
        "checked_out",
    ),
    (
        "Quiet day. He wants a trial separation starting this weekend and he's already booked an Airbnb.",
        "checked_out",
    ),
    (
        "Christmas shopping. She said this will be our last Christmas together, she's leaving in the new year.",
        "checked_out",
    ),
    (
        "Car needed new tyres. He said he's stopped loving me and doesn't want to try anymore, and he's telling the kids on Sunday.",
        "checked_out",
    ),
    (
        "School assembly. My partner said they're moving out at the end of the month and want to split everything fairly.",
        "checked_out",
    ),
]

NEGATIVES = [
    "Did the school run and then a full day of spreadsheets. He came home and went straight to the shed again. We haven't had a proper conversation in about a week and I'm lonely in my own kitchen.",
    "made fish pie, the kids picked the peas out. asked him again about couples counselling and he said it's a waste of money. i went to bed before him so i wouldn't cry in front of him",
    "Rainy Tuesday. We argued about whose turn it was to do the bins, which was never really about the bins. I feel like I'm the only one who notices what needs doing.",
    "long day at the shop. she was on her laptop all night and barely looked up when i said goodnight. i miss how we used to talk for hours",
    "Took Nan shopping, fixed the gate latch. Got home and he'd already eaten. It's a small thing but it made me feel like a lodger.",
    "Kids were exhausting today. Me and Rob snapped at each other over the washing up and then sat in silence watching Bake Off. I hate how tense the house feels.",
    "Work do tonight, I came home early. He didn't ask how it went. I keep waiting for him to be curious about my life.",
    "Spent the evening doing the budget. We disagree about the holiday, I want to save and she wants Spain. We both got a bit heated and then dropped it.",
    "quiet one. my husband won't go to therapy, says our problems are 'normal married stuff'. maybe they are but i'm so tired of carrying it",
    "Hoovered, mopped, did the kids' reading logs. He sat on his phone. I said something sharp and he said I'm always nagging. Maybe I am.",
    "His mum came for lunch and criticised my gravy again. He didn't back me up, he never does. I stewed about it all evening.",
    "bit of a cry in the car after work. nothing happened really, i'm just worn down. we're like flatmates these days",
    "Sex life is basically nonexistent at this point. I brought it up gently tonight and she said she's tired. I get it, but I feel unwanted.",
    "Packed lunches, walked the dog, answered a hundred emails. We had the same argument about screen time for the kids. We never seem to get anywhere with it.",
    "Dinner at my sister's. He was quiet the whole time and I made excuses for him. I'm tired of making excuses.",
    "so angry tonight. he promised to book the car in and didn't, again. i ended up doing it myself and slamming cupboards like a teenager",
    "Baked a cake for the school fete. Liam barely said two words to me all day. I don't know how to reach him anymore.",
    "Another night on the sofa watching separate things on separate screens. I asked if he wanted to go for a walk and he said maybe tomorrow.",
    "Long shift at the hospital. She was asleep when I got in. Some weeks we only see each other in passing and it makes me sad.",
    "We had a row about money. I think he spends too much on gadgets, he thinks I spend too much on the kids. We're both probably a bit right.",
    "kids had a sleepover at mum's so we had the house to ourselves and still managed to argue about the dishwasher. honestly",
    "Got a promotion today! Told him and he said 'nice' and kept scrolling. I wanted a bit more than that.",
    "Therapy came up again. He says he'll 'think about it', which means no. I've booked myself a session with someone anyway.",
    "The baby was up four times last night. We're both shattered and snapping at each other. I know it's a phase but it's a long phase.",
    "made a roast for his birthday. he said thanks but seemed miles away. i went upstairs and had a little cry",
    "She forgot our anniversary. Not a big deal on its own but it's part of a pattern. I feel invisible lately.",
    "Folded laundry while he played Xbox. I asked him to help and he huffed and helped for five minutes. I know I sound like a broken record.",
    "Decent day. Walked along the canal on my lunch. Evening was just the usual coldness between us, polite and distant.",
    "The in-laws want us for Christmas again. I don't want to go. He says I'm being difficult. We went round in circles.",
    "Ironed school uniforms, sorted the PE bags. He said I'm too sensitive when I told him his joke at dinner hurt. Maybe, but it still hurt.",
    "we haven't kissed properly in months. i brought it up and we ended up having a decent talk actually, but nothing changed",
    "Bit of a rubbish day. Lost my temper at the kids and then at him. Apologised to everyone and went to bed feeling guilty.",
    "He went to the pub quiz with his mates again without asking if I wanted to come. I wouldn't have gone but I'd like to be asked.",
    "Cleaned the bathroom top to bottom. Nobody noticed. I feel like the unpaid housekeeper some days.",
    "My wife and I disagree about where to send Ava to secondary school. We both dug our heels in tonight. Went to bed without sorting it.",
    "Quiet night. I keep writing in here because there's nobody else I can say it to: I feel really alone in this marriage.",
    "we tried a date night, first in ages. it was awkward. we didn't know what to talk about except the kids",
    "Worked late, came home to a sink full of dishes. I said nothing and did them. I'm angry but too tired to fight about it.",
    "He won't talk about his feelings, ever. I asked what's wrong and got 'nothing'. It's been 'nothing' for two years.",
    "Picked up the kids from karate. On the way home I realised I haven't laughed with her in weeks. That scared me a bit, in a sad way.",
    "Got the car back from the garage, £600. We argued about whether we needed to fix it or just get rid of it. Fine now I suppose.",
    "He stonewalls me whenever I try to talk about us. Just goes silent and leaves the room. I'm so frustrated I could scream.",
    "Kids in bed by half seven, miracle. We watched a film and held hands for a bit. Still feels fragile but that was nice.",
    "Spent the afternoon with my friend Kate, it was lovely. Came home and he sulked because I'd been gone 'all day'. It was four hours.",
    "so tired. work, kids, house, him. i feel like i'm running on empty and nobody's refilling the tank",
    "The holiday bookings caused another argument. She wants to go with her family, I want it to be just us. Neither of us budged.",
    "He made a comment about my weight gain at dinner. I don't think he meant it cruelly but I felt awful. Didn't eat pudding.",
    "We did our taxes together and actually didn't fight. Small wins. Still feel distant though.",
    "I cried in the shower again tonight. Nothing specific, just this heaviness about how things are between us.",
    "He forgot to pick up Jack from football and I had to leave work early. We had words. He said I overreact.",
    "Meal planned the week, did the big shop. She complained about the brand of pasta I bought. It's always something small.",
    "Went to my counsellor on my own today. She said I'm allowed to want more. Came home and he didn't ask where I'd been.",
    "The house is so quiet once the kids are down. We sit in separate rooms. I miss him even though he's right there.",
    "Our sex life has become a chore, scheduled and rushed. I want to talk about it but don't know how to start without it becoming a fight.",
    "made spag bol. he said it was too salty. i said make it yourself then. we both laughed eventually but it was tense for a bit",
    "Long drive to his parents' and back. He drove, I sulked. We both said sorry in the services car park.",
    "Nothing major happened today. Work, tea, telly. I just feel flat, and I feel flat about us.",
    "She's been working weekends for months and I'm doing everything with the kids. I'm resentful and I know it shows.",
    "He wants another baby, I'm not sure I do. We talked about it calmly but I could tell he was disappointed.",
    "The washing machine broke and we bickered all evening about whether to repair or replace. Everything turns into a debate.",
    "I wrote him a letter about how I feel, like the book suggested. He read it and said 'ok'. Just ok.",
    "parents evening, school run, the lot. we're a good team on logistics and rubbish at everything else",
    "Had a proper shouting match about his brother staying with us for a month. I feel like my home isn't mine anymore.",
    "The dog was sick on the carpet, the kids were fighting, he was late. I lost it and yelled. Not proud of myself.",
    "He booked a golf weekend without checking the calendar, it's my mum's 70th. He says he'll come back early. We'll see.",
    "Spent the evening reading about attachment styles. I think I'm anxious and he's avoidant. Didn't tell him that, he'd roll his eyes.",
    "Rough night. We fought about the kids' bedtime and she said I'm too soft on them. Went to bed angry.",
    "Took a long bath and read my book. Felt like hiding. He didn't come looking for me and I'm not sure if I wanted him to.",
    "I suggested a marriage course at the church. He laughed and said we're not that bad. I think we are.",
    "Work was stressful, a client shouted at me. Came home wanting a hug and he was too busy with the footy.",
    "Christmas planning already. Every year the same argument about whose family gets Christmas Day. I'm dreading it.",
    "we had a nice morning in bed with the kids watching cartoons. then by lunchtime we were arguing about the garden. whiplash",
    "I don't feel heard. I say something and he responds to something completely different. It's like talking into a pillow.",
    "Sorted out the spare room for the guests. She criticised how I made the bed. I made it again. I'm always trying too hard.",
    "Got my hair done and felt good. He didn't notice. I told myself I did it for me anyway.",
    "The kids asked why Mummy and Daddy don't hug anymore. I didn't know what to say. Sat with that all night.",
    "He keeps saying he's fine and I'm the one with the problem. Maybe. I'm exhausted from trying to work out which of us is right.",
    "Book club was fun. Came home to him annoyed that I'd left him with bedtime. It's one night a month!",
    "Another argument about his phone at the dinner table. He puts it down for five minutes and then it's back.",
    "Money's tight this month and we're both stressed. We went through the statements together, bit snappy, but we made a plan.",
    "He went to bed early without saying goodnight. Small thing. Still stung.",
    "spent the night on the sofa after an argument. my choice. needed space. we'll talk tomorrow",
    "Visited her parents. Her dad made a dig about my job and she laughed. I was quiet the whole drive home.",
    "I miss being touched. Not even sex, just a hand on my back when I'm cooking. I'm so touch-starved it's embarrassing.",
    "Packed for the half-term trip. He left all the packing to me again. I said nothing, which is its own kind of loud.",
    "We tried to talk about the distance between us and it went okay for ten minutes then turned into who does more. Always the same.",
    "Work from home day. We ate lunch together and it was nice, actually. Then dinner was silent again. Confusing.",
    "I snapped at her for leaving wet towels on the floor. She snapped back about my shoes in the hall. We're both just tired.",
    "Went for a run to clear my head. Came back still angry. He still hasn't apologised for Saturday.",
    "Bedtime battles with the kids, then with each other. I feel like a referee in my own house.",
    "He refuses to see a counsellor, says he's not going to pay a stranger to tell him he's wrong. I said that's not what it is. He shrugged.",
    "Lovely day out at the zoo with the kids. Then in the car he criticised my driving the whole way home. I just turned the radio up.",
    "I feel like I'm grieving the marriage I thought I'd have. Nothing terrible, just not what I hoped.",
    "cleaned out the garage, found our old wedding photos. had a little cry. we looked so happy",
    "Birthday dinner for my dad, she came but checked her watch all night. I was embarrassed.",
    "Tried the thing from the app where you say one appreciation a day. I said it. He said 'thanks'. Baby steps I suppose.",
    "We argued about the thermostat, again. He's always cold, I'm always hot. Honestly it's symbolic at this point.",
    "Kids have nits. Spent two hours combing. He said 'you're better at it'. I'm better at it because I always do it.",
    "I'm angry at her for cancelling our weekend away for a work thing. She said sorry. It's the third time.",
    "He doesn't want to go to my work Christmas party. Says he doesn't know anyone. I go to all his things.",
    "Quiet night in. I made tea and we watched a documentary. He fell asleep at 9. I sat there feeling lonely next to him.",
    "My mother-in-law rang to tell me how to wean the baby. He said she's only trying to help. I'm so over being the outsider in his family.",
    "We had a big talk tonight. I said I'm unhappy. He said he's happy enough. I don't know where we go with that.",
    "Did three loads of washing and the school forms. She came in and asked what's for dinner. I nearly threw the tea towel at the wall. Didn't.",
    "He made plans with his mates on our anniversary weekend. Said he forgot. I'm disappointed more than angry.",
    "Long day. I just want to be asked how I am and actually listened to. Is that too much?",
    "We disagreed about whether to let Emma go to the sleepover. It turned into a row about my 'overprotective' parenting.",
    "I've stopped bringing things up because it never goes anywhere. Feels like giving up but it's quieter.",
    "made pizza with the kids, lovely. he came home grumpy and the mood dropped like a stone. i hate how much his mood runs the house",
    "He says I'm always on my phone. I say he's always on his. We're both on our phones now, in bed, not talking.",
    "Spent the evening crying over nothing really. He asked what's wrong and I couldn't explain. He gave up and went to sleep.",
    "Argued about whether to move closer to his work. I don't want to leave my friends. We're at a standstill.",
    "Weekend felt long. We didn't fight, we just didn't connect. I'd almost rather fight.",
    "I read a chapter of Hold Me Tight. Recognised us in the demon dialogues. Asked him to read it, he said maybe.",
    "Paid the bills, argued about the phone contract. He wants the new iPhone, I think we can't afford it. We compromised, sort of.",
    "Went to bed resentful. I did bedtime, dishes, lunches, and he told me I look tired. Yes. I am.",
    "We used to have date nights every Friday. Now Fridays are takeaway and separate screens. I want us back.",
    "He snored all night and I slept on the sofa. In the morning he was annoyed I'd 'abandoned' him. Can't win.",
    "Messy argument about his mum staying for two weeks. He thinks I'm unreasonable. I think two weeks is a lot.",
    "Sunday was nice till the evening. We both get moody on Sunday nights. Ended up bickering over nothing.",
    "She doesn't say thank you for anything. I know I should ask for what I need but I'm tired of asking.",
    "The kids were angels today and we still managed to sit in total silence at dinner. I don't know what's wrong with us.",
    "I wanted to talk about our sex life and he changed the subject to the car insurance. Classic.",
    "Hard day. I keep wondering whether I'm asking too much of him or whether he's giving too little.",
    "Argued about who forgot to defrost the chicken. Ate beans on toast. Laughed about it later, which was nice.",
    "Went to a friend's wedding and watched their first dance. I felt jealous of how they looked at each other.",
    "My partner refuses to discuss anything after 9pm because she's 'too tired'. But before 9 it's the kids. When do we talk?",
    "Got home from work and he'd rearranged the kitchen without asking. Tiny thing, big feelings. We had a shouty chat.",
    "The school called about Josh's behaviour. We blamed each other a bit in the car. Then felt bad and got chips.",
    "I'm lonely. I have a husband, three kids and a job, and I'm lonely. Writing it down makes it real.",
    "He told his friends a story about me that I found embarrassing. He said it was just banter. I didn't find it funny.",
    "Cleaned up after the kids' party. He went to bed and left me to it. I'm seething.",
    "We're arguing more since he started working from home. He's always here and never present.",
    "I asked her if she was happy. She said 'I don't know'. I didn't know what to say back so I said me neither.",
    "He won't come to the school play, he has a work thing. He always has a work thing.",
    "we fought about politics at dinner. silly, but it got personal. we both said things we didn't mean and apologised after",
    "Early night. I don't have the energy to keep trying to start conversations that go nowhere.",
    "He's been distant since his dad got ill. I understand, but I feel shut out of his grief.",
    "Another night where I did the talking and he did the nodding. I want a partner, not an audience.",
    "The renovation is killing our patience. Every decision turns into a negotiation. We chose tiles tonight after an hour of debate.",
    "Spent too much at the supermarket and he made a sarcastic comment. We split the bills evenly, it's not his money. Still annoyed.",
    "She wants to move to the country, I want to stay in the city. We're both stubborn and neither of us is wrong.",
    "Made a cuppa, sat in the garden, watched the kids. Felt ok for the first time in a while. He joined me for ten minutes and it was nearly nice.",
    "I was short with him all evening because of something he said last week that I never brought up. I need to learn to say things.",
    "He says I don't appreciate him. I say he doesn't appreciate me. We both probably need appreciating.",
    "Finished the day feeling so unseen. Did a nice thing for her, she didn't notice. Trying not to keep score.",
    "The in-laws offered to lend us money for the extension. I don't want to owe them. He thinks I'm proud. We argued till midnight.",
    "rainy night, both grumpy. we had a stupid fight about the heating bill and then watched a quiz show like nothing happened",
    "I'm angry that I'm always the one who has to suggest we work on things. He just waits for it to blow over.",
    "Dropped the kids at their grandparents' and we sat in a café not knowing what to say to each other. That's where we're at.",
    # tricky
    "Long day, the commute is honestly killing me. Got in at seven and he'd made dinner, which was a nice surprise. We still didn't talk much but it was peaceful.",
    "made a stir fry and nearly took my thumb off with the new knife, it's scary sharp. he laughed at me and put a plaster on. normal evening otherwise, a bit quiet between us",
    "Jamie choked on a grape at lunch and I did the back blows like the first aid course taught us, he's totally fine. Gave me a fright though. Had a glass of wine after and went to bed early.",
    "She'd kill me if I forgot the milk again, so I went out at ten to get it. The row we had earlier about the holiday is still hanging over us. I'll try again tomorrow.",
    "He has never laid a hand on me and I want that written down, because some days the shouting makes me feel small. But it's shouting, about money, and we're both doing it.",
    "i'm not suicidal, just tired. tired of the same argument about his mum and tired of being the one who always says sorry first. going to bed",
    "My sister's boyfriend drinks far too much, she rang me in tears again tonight. I listened for an hour. Made me grateful Dave's not like that, even if we're struggling in other ways.",
    "Watched that drama where the husband has an affair with the nanny. Ridiculous plot. Tom fell asleep halfway through and I finished it on my own.",
    "He had a drinking problem in his twenties and he's been sober twelve years now, I'm proud of him. Our issues are more about never having time together. Tonight we at least had dinner at the table.",
    "The affair ended four years ago and we did the hard work to rebuild. Some nights it still stings when I'm tired. Tonight was one of those, but it's old pain, not new.",
    "i drink too much wine on fridays, i know. that's on me, not him. we had a fine evening, watched a film, bit of a bicker about the remote",
    "What if he ever cheated? I don't know why my brain goes there, he's given me no reason. I think it's my own insecurity after my parents' divorce.",
    "Took the kids to the range so my husband could practise for his clay pigeon shooting competition. Loud but fun. Evening was the usual silence.",
    "we played fortnite with the kids, i got shot about a hundred times lol. tim was actually laughing for once. wish it could be like that more",
    "Went to a photography class and spent the afternoon shooting the harbour. Felt like myself. Came home to the same distance with Alex.",
    "Nailed my presentation at work! He said well done and then went back to his phone. Small win, small disappointment.",
    "I could murder a pizza right now. We had a stupid argument about the dishwasher and neither of us cooked. Ordered one in the end.",
    "dying of embarrassment, i called my boss 'mum' in a meeting. told my wife and she actually laughed properly, first time in ages",
    "Cleaned out the medicine cabinet and took a load of old pills back to the chemist. It was overdue. Then sorted the kids' school bags and had an early night.",
    "He's tracking his steps obsessively since he got that watch, 10,000 a day or he's grumpy. Tonight he walked laps of the garden at 10pm. Funny and annoying.",
    "The dog follows me everywhere, even into the loo. Andrew says she loves me more than she loves him. Probably true.",
    "My friend Lisa is getting divorced and I spent the evening helping her with the paperwork. It made me think about us, but not in a scary way, just grateful we're still trying.",
    "Our kitchen renovation is finally done! Three months of chaos over. He and I even toasted with a cup of tea.",
    "Leaving work early tomorrow for the dentist. Did the packed lunches tonight. Fairly standard evening of us not talking.",
    "She's been following a new recipe blog and cooked an amazing curry. We ate in silence but it was a good silence for once.",
    "Honestly this heat is killing me. Kids are cranky, he's cranky, I'm cranky. We all went to bed early to escape each other.",
    "I'm not going to kill myself, I want to be clear with myself about that, I'm just really sad. The arguments have worn me down. Booked in with the GP to talk about it.",
    "Watched a documentary about stalkers with Hannah, properly creepy. We double-locked the door, joking. Otherwise a normal night.",
    "My brother's wife left him last month and he's in pieces. I spent the evening on the phone with him. Put my own worries into perspective.",
    "He's a gambler when it comes to fantasy football, but it's five quid a season, it doesn't count. We argued about the bins instead.",
    "Bought a bottle of wine for Sue's birthday and a bottle of olive oil for the house. Normal Saturday. Still feeling distant from him.",
    "The kids were trying to choke each other with pillows in a silly play fight, all giggles. I told them off half-heartedly. Rob and I actually laughed together.",
    "My friend's husband is having an affair with someone at his work. She told me tonight over coffee. I came home and hugged mine a bit tighter, even though we've been cold lately.",
    "I keep imagining what I'd do if he left me. He hasn't said anything like that, I'm just catastrophising after a bad week. Need to stop reading forums.",
    "Carved the chicken with the big knife, kids fighting over the wishbone. Lovely Sunday lunch. Then the usual sulk from him in the afternoon.",
    "He's got a gun safe for his farm rifle and the council inspector came today, all fine. Boring paperwork. We argued about money after.",
    "We finished the Netflix series where the wife poisons her husband, so dark. We joked about it. It was nice to laugh together.",
    "My dad died three years ago today. Spent the evening looking at photos and crying. Jen held me and that helped.",
    "I used to be scared of my ex, years ago, but that's over and done with. My husband now is kind, just distant. Tonight we watched a film together.",
    "She went to her AA meeting tonight like every Tuesday, seven years sober this spring. I made tea and we watched the news. Our troubles are more about the kids.",
    "He's been following the election obsessively. Every dinner is a lecture. I zoned out and thought about my garden.",
    "Nearly died laughing at the kids' nativity, the donkey fell over. Lovely night. He didn't come, he had a work thing.",
    "I'd never cheat but I get why people do sometimes. I feel so unwanted. Writing that here because I can't say it to anyone.",
    "I'm the one who's drinking more lately, a couple of gins most nights. It's my stress, not his. I want to cut back.",
    "I've been checking his phone. I know that's not ok and I'm going to stop. He's done nothing wrong, I'm just insecure.",
    "I shouted at him tonight and slammed the door. That was me, not him. I apologised and he accepted it.",
    "The gas bill is killing us. We sat down with the budget and decided to switch supplier. Practical night, not romantic.",
    "My best mate's wife tracks his phone and he thinks it's normal. I told him it isn't. Glad that's not us, whatever else is going on.",
    "Done with this week. Work was brutal and we've had three rows about nothing. Bath, book, bed.",
    "It's over! The house move, I mean. Boxes everywhere but we're in. Too tired to argue, which is a first.",
    "We talked about divorce tonight, but about whether my parents should get one, they're miserable. Weird conversation to have. Made me think about what we want to model.",
    "He said he was done, done with the crossword, and threw it across the table. Then asked me for a seven-letter word. We're ok tonight.",
    "Went past the hospital and remembered when he had his heart scare two years ago. He's fine now. Made me soft towards him even after our row.",
    "the baby's got a cold and coughed so hard she nearly choked on her milk, i sat her up and she was fine. long night. he took the second shift at least",
    "Shot some hoops with Connor after school. He's getting good. Came in and his dad and I had a tense conversation about the mortgage.",
    "No, he's not cheating, I checked my own head about it and it's just that he's busy. I need to stop spiralling when he's late home.",
    "My colleague's partner hits her, she told me at lunch. I gave her the helpline number. I came home shaken and told him and he was kind about it.",
    "The news was all about a shooting in America. Turned it off before the kids saw. We had a quiet dinner.",
    "I was watching a true crime podcast about a woman who was strangled by her husband and had to turn it off. Too much. My own husband is annoying, not dangerous.",
    "Killing it at work this month, top of the sales board. He's pleased for me. We're still not great at home but tonight was alright.",
    "He had a gambling problem before we met, he's been clean of it for nine years and he's open about it. Our fights now are about his mother.",
    "my neighbour's husband follows her round the supermarket like a lost puppy, it's actually sweet. mine walks off to the beer aisle. not in a bad way, just bored",
    "She said she'd leave the lights on for me. Got in late after the work do, everything was dark. Small thing, made me sad.",
    "Got the kids' flu jabs at the pharmacy. Picked up my own prescription too. Evening was quiet and a bit lonely.",
    "I sometimes wonder what would happen if she left me. She's never said she wants to, she's just tired and withdrawn. Need to ask her gently.",
    "He killed the spider in the bath for me, my hero lol. Then we fought about the car. Swings and roundabouts.",
    "We watched a film about a man who drinks himself to death. Bleak. He got up halfway and made toast. We didn't really talk about it.",
    "Hung the new blinds, he held the drill and I swore at the instructions. Proper team effort. Still feel like we're strangers most evenings.",
    "She is not an alcoholic, she has one glass of wine on a Saturday. My mum keeps hinting and it's annoying. Told her to drop it.",
    "Read an article about coercive control. Honestly doesn't sound like us, he's just disorganised and I do everything. Different problem.",
    "The kids want a trampoline and he said over his dead body. We're getting a trampoline.",
    "I'm scared of spiders, heights and the dentist, not my husband, just to be clear. Today's fight was about the in-laws.",
    "My cousin's been in rehab for coke, it's a whole family drama. Spent the night on the phone to my aunt. Grateful my own home is boring.",
    "We got the divorce papers for my ex finalised today, that chapter's closed. Celebrated with Ryan over takeaway.",
    "He quit smoking three years ago and has never gone back, even in this stressful patch. I'm proud of him even when I'm cross with him.",
    "He set off to walk the dog and I thought about how I'd feel if he didn't come back, like in the films. Then he did, with chips. I need more sleep.",
    "Choked up at Ellie's school assembly, she read a poem about our family. I wish it were as happy as she wrote it.",
    "Thinking of taking a knife to the garden hedge, it's wild. Found the shears instead. Nice afternoon, bit of an argument about the lawnmower.",
    "We used to fight so badly when the kids were small, awful stuff, shouting, slammed doors. We went to counselling and it's been better for years. Tonight was just a normal grumpy night.",
    "She follows every cooking show on YouTube and then critiques my cooking. It's funny half the time, annoying the other half.",
    "I got a tracking number for my parcel and checked it about forty times. That's my level of excitement these days. He didn't ask what I'd bought.",
    "The bank holiday traffic nearly killed me. Four hours to do a two-hour drive. We barely spoke in the car.",
    "Our smoke alarm went off over burnt toast, kids screaming, dog barking. We ended up in hysterics. Best moment this week.",
    "He says he'd die for me, which is lovely. Could he also just empty the dishwasher though.",
    "I keep thinking about when he was depressed five years ago and barely got out of bed. He's well now. I need to stop treating every quiet night like a relapse.",
    "My friend Tara's wife left her for someone else and she's devastated. We had a long dinner. I'm lucky, even with our rough patch.",
    "I asked him to leave the room while I took a work call, then felt bad. He brought me tea after. We're okay-ish.",
    "Not that it's ever happened, but I worry about what I'd do if he started drinking like his dad did. He has maybe two beers a week. Worrying about ghosts.",
    "Went to the gun club with my brother for his birthday, my first time. Terrifying and fun. Told her about it over dinner and she was jealous.",
    "The cat killed a mouse and left it on the doormat. Gross. Kids thought it was brilliant. We still haven't talked about last weekend.",
    "My gran's got a bottle of whisky she's had since 1985, we toasted her 90th with it. Lovely family night. Even he cracked a smile.",
    "I'm not afraid of him, I'm afraid of us ending up like my parents, silent for thirty years. That's why I keep trying.",
    "I looked at divorce lawyers online tonight, just out of morbid curiosity, and closed the tab. I don't want that. I want us to talk.",
    "He was on his phone all night but it was just fantasy football, I asked. Not his love life, his 'team'. Felt silly for worrying.",
    "Went to a funeral for an old colleague. It made me think about how short life is and how much time we waste sulking.",
    "Found out my brother's wife has been tracking his car, she's paranoid he's cheating. It's causing a massive family row. Glad to get home to quiet.",
    "He burnt the dinner and said I'm going to kill that oven. We had toast. Laughed, then argued about the overdraft.",
    "She had a few too many at the wedding and danced on a table. First time in years she let loose. I loved it, honestly.",
    "I pinned the kids' art on the fridge, swept the floor, and pulled out the old photo album. Missing the old us.",
    "My mate's husband is using again, she told me. I don't know how to help her. Wish I could do more.",
    "Work's choking me at the moment, three people off sick and I'm covering all of them. Home is ok, just flat.",
    "I had a dream he left me and woke up crying. He's snoring next to me, obviously not going anywhere. Weird how dreams get you.",
    "My daughter's boyfriend is a bit controlling with her phone, we had a chat with her about it tonight. It's her I'm worried about, not me and him.",
    "Hit the gym hard, punched the bag for an hour. Felt great. Came home and we had a proper conversation for the first time in ages.",
    "He got slapped with a parking fine and blamed me for choosing the restaurant. We bickered the whole way home.",
    "My son pushed his sister off the sofa, big tears. Time out for him, ice pack for her. Husband was at work so I did the lot alone.",
    "We argued about the kids' screen time and I told her I was done discussing it. Not my finest moment, but we made up after dinner.",
    "Grabbed a coffee with Jo, grabbed the kids from school, grabbed a pizza. He grabbed the remote. Typical Thursday.",
    "Finished season three of our show. Nobody died, thank god, we love those characters. Only time we sit together these days.",
    "He's been tracking our spending in a spreadsheet, which I asked him to do. It's actually helping. Less fighting about money.",
    "I'm the one who keeps threatening to leave when we argue, and I hate that I do it. I don't mean it. I need to stop saying it.",
    "The teenager next door got caught with weed, his parents were in our kitchen for an hour. Not our drama but we made them tea.",
    "Bought a big bottle of ibuprofen for my back. Sitting on a heat pad writing this. He rubbed my shoulders earlier, which was kind.",
    "She told me about her ex who used to hit her, years before she met me. It's long over and she's safe with me. I held her while she talked.",
    "He used to gamble online when we were first married and it nearly sank us, but he stopped eight years ago and does a meeting once a month still. Tonight the fight was about holidays.",
    "I snooped on her laptop and felt awful, there was nothing there except spreadsheets. The problem is me and my trust issues, not her.",
    "My husband has never once threatened me, he doesn't have it in him. He just shuts down. I wish he'd shout, at least I'd know what he's feeling.",
    "Overheard at the school gate that one of the dads is having an affair. Gossip. Came home, made tea, the usual quiet between us.",
    "Had a migraine so I took two pills and lay in the dark. He kept the kids quiet, which I appreciated.",
    "Tidied the garage, found his old hunting knife from scouts. Kids were fascinated. He told them stories and it was lovely to see him light up.",
    "He's obsessed with following his fantasy league stats. I asked for ten minutes of his attention and got five. Progress?",
    "The breakup in the show tonight made me cry. Not us, a TV couple. But it hit a nerve.",
    "I keep hearing about men who turn violent and I check myself: he's never been like that, not once in fifteen years. Our problem is silence, not fear.",
    "Walked past the bridge where that man jumped last year, very sad, flowers still there. Came home and held the kids a bit longer. It's not something I'd do, it just made me sad.",
    "Tried a new pasta recipe, it was so good I could die happy. He had seconds. Wish all evenings were like this one.",
    "His ex-wife texted about the kids' weekend. It's all co-parenting admin, nothing more. I feel a bit jealous anyway, which is my stuff to deal with.",
    "I'm worried my brother is depressed, he sounded awful on the phone. Booked a train to see him. My own house feels fine by comparison tonight.",
    "We went to the pub quiz and lost because of a question about poisons in Agatha Christie. We blamed each other, laughing. Nice night.",
    "She's leaving for a conference tomorrow, back Saturday. I'll miss her even though we've been bickering. Packed her a little snack bag.",
    "He told me he's done with his job and wants to retrain as a teacher. Big conversation. I'm nervous about money but I want to support him.",
    "The knife block fell off the counter and scared the life out of me. Nobody hurt. Bought a magnetic strip. That's the most exciting thing that happened.",
    "My friend is in a relationship where he monitors her phone and her money, it breaks my heart. I sent her some links. Glad my home isn't like that even on bad days.",
    "Woke up at 3am worrying that he might be bored of me. Nothing to suggest it except my brain. Going to bring it up calmly at the weekend.",
    "Dropped a bottle of ketchup in the shop and it exploded everywhere. Mortified. Told him and he laughed so hard he cried. Needed that.",
    "He did drink too much when his business failed, but that was 2016, and he got help and stopped. Tonight he made me a mocktail and we sat in the garden.",
    "I threatened to throw his phone in the sea if he checked it one more time on holiday. He put it away, grinning. Good day.",
    "Had a big cry at the end of the film where the dog dies. He teased me and then gave me a hug.",
    "The kids were 'killing' each other in a water fight in the garden, screaming their heads off. Total chaos. He and I sat with a beer and watched.",
    "I wondered tonight if I'd be happier alone. Not leaving, not anywhere near that, just a passing thought after a long silent dinner.",
    "My mum's new boyfriend drinks a lot, which worries me for her. Tried to raise it gently. Home was quiet, he was asleep when I got in.",
    "Got my steps tracked on my watch, 15,000 today, new record. Small joys. He didn't notice but I did.",
    "She's been taking sleeping pills her doctor prescribed after her surgery, exactly as prescribed, and she's weaning off next week. Tonight she was groggy but fine.",
    "Our wedding song came on the radio and we both went quiet. Not a bad quiet. Maybe there's still something there.",
    "My teenage son said I'm 'so dead' when I told him to hand over his phone at bedtime. He means he's annoyed. Kids.",
    "He's never been unfaithful, I know that in my bones, but I feel like he's emotionally somewhere else. Want to ask him about it without it sounding like an accusation.",
    "Went to a self-defence class with my sister for fun. We choked each other out gently on the mats under the instructor's eye. Laughed so much.",
    "He wants to go to his mate's stag do in Prague. Three days. I said fine but I'm grumpy about it. That's on me.",
    "I once thought he'd fallen off the ladder clearing the gutters and nearly died of fright, he'd just climbed down the other side. Anyway, normal evening, leftover lasagne.",
    "It was our tenth anniversary and we agreed our marriage isn't over, it's just tired. We booked a counsellor together. Hopeful.",
    "Sorted the recycling, so many bottles from Saturday's party, twenty people came. Took three trips to the bottle bank. He carried the heavy bags, which was nice of him.",
]
