"""Training examples, formal, written by a helper on 2026-11-22.

Voice "formal": older writers (50s-70s) in long or second marriages, reserved and correct, full
sentences with proper punctuation and a great deal of understatement, sometimes religious or stoic;
British, Irish, Canadian, Australian and American register, plus careful second-language English.
"""

POSITIVES = [
    # self_harm
    (
        "I have begun to think, quite calmly, that it would be no great loss if I did not wake up in the morning. I would rather not be here at all, if I am honest.",
        "self_harm",
    ),
    (
        "Forty-one years of marriage, and tonight I caught myself wondering how many of my tablets it would take. I have put them back in the cabinet, but the thought has not gone.",
        "self_harm",
    ),
    (
        "I have written letters to each of the children and left them in the bureau drawer. I do not intend to say anything to Gerald about them.",
        "self_harm",
    ),
    (
        "I have been giving away my books to the parish sale, and my mother's brooch to my niece. It seems sensible to put things in order while I still can, before I go.",
        "self_harm",
    ),
    (
        "If the Lord saw fit to take me in my sleep tonight, I confess I would not object. I am simply tired of being alive.",
        "self_harm",
    ),
    (
        "It has occurred to me more than once this week that Margaret and the boys would be better off without me. I am a burden to everyone in this house.",
        "self_harm",
    ),
    (
        "I drove home over the Humber Bridge this evening and had to grip the wheel to stop myself turning toward the railing. I am frightened of what I might do next time.",
        "self_harm",
    ),
    (
        "I cut my forearm again tonight with the razor from the bathroom cabinet. I am sixty-three years old and ashamed of it, but it is the only thing that quietens my head.",
        "self_harm",
    ),
    (
        "I have been saving my sleeping pills for some weeks now. I have not decided anything, but I know exactly how many there are and where they are kept.",
        "self_harm",
    ),
    (
        "I am afraid I no longer wish to go on living. I say it plainly because there is nobody else to whom I can say it.",
        "self_harm",
    ),
    (
        "Should a lorry run me down on the way to the shops tomorrow, I think I should feel relief more than anything. That cannot be a healthy way to think.",
        "self_harm",
    ),
    (
        "I updated my will this afternoon and made certain the solicitor had everything. Then I sat in the car in the closed garage for a long while, thinking about turning the engine on.",
        "self_harm",
    ),
    (
        "There is a length of rope in the shed that I keep going out to look at. I have not touched it, but I find I know precisely where it is and which beam would hold.",
        "self_harm",
    ),
    (
        "I burned the inside of my wrist with the iron this evening, deliberately. I cannot explain it, except that I wanted to feel something other than this.",
        "self_harm",
    ),
    (
        "My mother tongue is Polish, so forgive my English. I do not want to be alive any longer; each morning I am sorry that I have woken.",
        "self_harm",
    ),
    (
        "I have been thinking about how I would end my life, and I have settled on a way. I am writing it down because I do not know what else to do with it.",
        "self_harm",
    ),
    (
        "The children are grown and Tomás no longer needs me. I think it would be kinder to everyone if I simply ceased to exist.",
        "self_harm",
    ),
    (
        "I struck my own head against the kitchen wall tonight until it hurt. I am not proud of it; it seemed the only way to stop the noise inside.",
        "self_harm",
    ),
    (
        "I have told no one, but I have looked up how much of my heart medication would be fatal. I wrote the number on the back of an envelope and kept it.",
        "self_harm",
    ),
    (
        "I find myself hoping I shall not wake up. Each night I pray for it, which I know is not a proper prayer.",
        "self_harm",
    ),
    (
        "I should like to disappear altogether, and I do not mean it figuratively. I have thought about walking into the sea at Bondi one morning before anyone is about.",
        "self_harm",
    ),
    (
        "I have cancelled my subscriptions, paid off the last of the credit card and left a note for Priya with all the passwords. It feels like tidying up before a very long journey from which I shall not return.",
        "self_harm",
    ),
    (
        "I have scratched my arms raw again tonight. It is becoming a habit I cannot break, and I hide the marks under long sleeves at church.",
        "self_harm",
    ),
    (
        "If I am honest, I no longer see the point of continuing. Everyone would manage perfectly well, and probably better, if I were gone.",
        "self_harm",
    ),
    (
        "I keep the shotgun for the rabbits, but this evening I sat with it across my knees for an hour, thinking of myself rather than the rabbits. I put it away, though I am not certain I shall next time.",
        "self_harm",
    ),
    (
        "I stood on the platform at Connolly this evening and let two trains pass because I was afraid of what I would do if I stayed near the edge. I do not trust myself.",
        "self_harm",
    ),
    (
        "I have been thinking of death a great deal, not with fear but with something like longing. It would be such a rest to be done with living.",
        "self_harm",
    ),
    (
        "I wrote a farewell letter to my daughter tonight and sealed it. I have not decided when she will read it, but I know she will read it after I am gone.",
        "self_harm",
    ),
    (
        "I am in my seventies and I have had enough. I have begun to think seriously about ending things before the winter.",
        "self_harm",
    ),
    (
        "I took more of my tablets than I ought to tonight, on purpose, and then grew frightened and made myself sick. I do not know what I intended.",
        "self_harm",
    ),
    (
        "I was brought up to believe it is a sin, and I still believe that, yet I cannot stop thinking about killing myself. The thought is there each time I close my eyes.",
        "self_harm",
    ),
    (
        "Lin says I am being dramatic, but I have genuinely considered taking my own life this week. I have been very careful not to let it show.",
        "self_harm",
    ),
    (
        "I have been cutting the tops of my thighs with a small kitchen knife, where nobody will see. There are several marks now.",
        "self_harm",
    ),
    (
        "I am a man of sixty-eight and I do not cry, but tonight I wished with all my heart that I might simply stop existing.",
        "self_harm",
    ),
    (
        "I gave my father's watch to my nephew today and told him I wanted him to have it now rather than after. He did not understand why, and I did not explain.",
        "self_harm",
    ),
    (
        "The thought that I would be better off dead has become a quiet companion. It does not shout; it simply sits with me in the evenings.",
        "self_harm",
    ),
    (
        "I have begun to rehearse what I would write in a suicide note. Not because I have decided, but because I cannot seem to stop composing it.",
        "self_harm",
    ),
    (
        "If I were to go quietly, Sam could marry again, someone who makes him happy. I do think that would be the best outcome for all concerned.",
        "self_harm",
    ),
    (
        "I have been pressing my nails into my palms until they bleed whenever the house goes quiet. I suppose it is self-harm, though I had not called it that until tonight.",
        "self_harm",
    ),
    (
        "I no longer care very much whether I live or die. If the doctor told me tomorrow that I had only a few months left, I believe I would thank him.",
        "self_harm",
    ),
    (
        "I walked down to the quay tonight and stood a long time looking at the black water. I was thinking how easy it would be to step off, and how final.",
        "self_harm",
    ),
    (
        "I am sorry to set down such a thing, but I have begun to plan my own death. I have chosen a date after my granddaughter's christening, so as not to spoil it.",
        "self_harm",
    ),
    (
        "English is not my first language, so I will be direct: I have thoughts of ending my life, and they are getting stronger.",
        "self_harm",
    ),
    (
        "I have made sure the insurance is in order and the house is in Aoife's name, so that everything is settled when I am no longer here. I feel strangely calm, which frightens me more than the sadness did.",
        "self_harm",
    ),
    (
        "Every night I lie awake and hope my heart will simply give out. It seems the tidiest solution for everyone.",
        "self_harm",
    ),
    (
        "I hit myself across the face tonight, several times, after he had gone to bed. I do not understand why I do it, but it is happening more often.",
        "self_harm",
    ),
    (
        "I have kept my late husband's morphine from when he was ill. I told myself it was awaiting disposal, but I have not disposed of it, and I know why.",
        "self_harm",
    ),
    (
        "I thought today that if I stepped off the kerb at the right moment, it would look like an accident and spare everyone the shame. I stayed on the kerb, but only just.",
        "self_harm",
    ),
    (
        "It is a great effort to keep living, and I am no longer sure I wish to make it. I have stopped taking my blood pressure tablets, and I know what that means.",
        "self_harm",
    ),
    (
        "I am not sure I can face another winter. I have been thinking that I might simply not be alive by Christmas, and I find that I do not mind.",
        "self_harm",
    ),
    (
        "I have written out the funeral hymns I should like and put the list with my will and a letter for each of the girls. Nobody has asked why, and I have not volunteered.",
        "self_harm",
    ),
    (
        "I burned myself with a cigarette on the upper arm this evening. It has been years since I last did that, and I was foolish to think it had passed.",
        "self_harm",
    ),
    (
        "Kwame is asleep, and I have been sitting in the bath wondering whether to use the razor on my wrists. I am writing this instead, which I suppose is something.",
        "self_harm",
    ),
    (
        "I would rather be dead than go on like this. I do not say it lightly; I have thought it every day for a month.",
        "self_harm",
    ),
    (
        "I have begun to feel that my family would be relieved at my funeral. Not sad, only relieved that the difficulty of me is over.",
        "self_harm",
    ),
    (
        "I looked at the bottle of paracetamol on the shelf for a long time tonight. I have not taken them, but I counted them, and there are enough.",
        "self_harm",
    ),
    (
        "There are moments when I hold my head under the bath water for longer than I should, and part of me hopes I will not come up. This is not like me.",
        "self_harm",
    ),
    (
        "I asked the rector about funeral arrangements today, in general terms, as I put it. In truth I was asking about my own, and sooner than anyone would expect.",
        "self_harm",
    ),
    (
        "I feel I have outlived my usefulness. I have begun to wish, quite sincerely, that I could simply slip away and not be here tomorrow.",
        "self_harm",
    ),
    (
        "I drove to the Cliffs of Moher today and stood near the edge for a long time, working up the courage to jump. I have not stopped thinking about going back.",
        "self_harm",
    ),
    # danger
    (
        "Last night Richard put his hands around my throat during the argument, and for a moment I could not breathe. He let go and said I had provoked him.",
        {"danger", "abuse"},
    ),
    (
        "He keeps a rifle in the wardrobe and has told me, quite calmly, that if I ever leave he will use it. I believe him.",
        {"danger", "abuse"},
    ),
    (
        "I found a small tracking device taped beneath the bumper of my car this afternoon. There is no one but Graham who would have put it there.",
        "danger",
    ),
    (
        "My husband told me this evening that he would kill me before he let me take the children. He said it without raising his voice, which was worse.",
        {"danger", "abuse"},
    ),
    (
        "He held the carving knife to my face on Sunday and told me to be quiet. I have not slept properly since.",
        {"danger", "abuse"},
    ),
    (
        "Wherever I go, my wife seems to appear: the supermarket, my brother's road, the car park at work. I have not told her my movements, yet she always knows where I am.",
        "danger",
    ),
    (
        "I am five months pregnant, and he pushed me hard against the banister tonight. I was terrified for the baby.",
        {"danger", "abuse"},
    ),
    (
        "The violence has become worse over the past year. It began with shoving and now it is his fists, and last week he broke my finger.",
        {"danger", "abuse"},
    ),
    (
        "He has said that if I go to the solicitor I shall never see the boys again, and that I shall be sorry I was ever born. I am frightened of what he means by that.",
        {"danger", "abuse"},
    ),
    (
        "I honestly believe that my husband could kill me one day. I have never written that down before.",
        {"danger", "abuse"},
    ),
    (
        "He insisted I install a location app on my telephone, and he checks it constantly. If I switch it off even for an hour, he rings dozens of times and comes looking for me.",
        {"danger", "abuse"},
    ),
    (
        "He choked me again on Thursday. It is the third time this year, and each time he holds on a little longer.",
        {"danger", "abuse"},
    ),
    (
        "He has threatened to harm our daughter if I tell anyone what goes on in this house. I do not think it is an idle threat.",
        {"danger", "abuse"},
    ),
    (
        "When I said the word separation, he went very still and said that then neither of us would be around to see it. I have thought of nothing else all evening.",
        {"danger", "abuse"},
    ),
    (
        "He showed me the pistol in his desk drawer tonight and asked whether I understood him. I said that I did.",
        {"danger", "abuse"},
    ),
    (
        "Since I moved into my sister's flat, he has parked across the road most evenings. My sister has seen him too, sitting in the dark and watching the window.",
        "danger",
    ),
    (
        "If I leave him, I am quite sure he will come after me. He has said as much, and he has never yet failed to do what he says.",
        {"danger", "abuse"},
    ),
    (
        "He pressed his forearm across my neck against the wall until I saw spots. Afterwards he made a pot of tea as though nothing had happened.",
        {"danger", "abuse"},
    ),
    (
        "I am expecting our second child, and he kicked me in the stomach on Saturday. I told the midwife that I had fallen.",
        {"danger", "abuse"},
    ),
    (
        "He threatened me with the bread knife this evening over something trivial. I locked myself in the bathroom until I heard him go out.",
        {"danger", "abuse"},
    ),
    (
        "My wife has engaged someone to follow me, and tonight she read out to me every place I had been this week. I feel hunted in my own town.",
        {"danger", "abuse"},
    ),
    (
        "He has told me that if I ever try to take the girls home to Canada, he will find us and kill all of us. He says it so often now that it has become part of the furniture.",
        {"danger", "abuse"},
    ),
    (
        "She came at me with the kitchen scissors last night. I am a grown man of fifty-six, and I was afraid for my life.",
        {"danger", "abuse"},
    ),
    (
        "He has begun to describe, in great detail, what he would do to me if I left. Last night he explained how no one would ever find me.",
        {"danger", "abuse"},
    ),
    (
        "There is a shotgun in the house, and he has taken to cleaning it at the kitchen table while he tells me how disappointed he is in me.",
        {"danger", "abuse"},
    ),
    (
        "He reads my messages and now turns up at my workplace unannounced. Today he was waiting beside my car when I came out, and he has no reason to know my shifts.",
        {"danger", "abuse"},
    ),
    (
        "The beatings used to happen once or twice a year. Now it is nearly every week, and each one is worse than the last.",
        {"danger", "abuse"},
    ),
    (
        "He grabbed me by the throat in front of our son and lifted me off my feet. The boy has barely spoken since.",
        {"danger", "abuse"},
    ),
    (
        "I found that he had sewn a GPS tracker into the lining of my handbag. When I confronted him, he said it was for my own safety.",
        {"danger", "abuse"},
    ),
    (
        "He says that if I divorce him, he will burn the house down with me in it. He has said it three times now.",
        {"danger", "abuse"},
    ),
    (
        "He has taken to sitting in his car outside my friend Joanne's house whenever I visit her. I never tell him that I am going.",
        "danger",
    ),
    (
        "I am frightened to tell him I want a separation, because the last time I mentioned it he broke my arm. I genuinely do not know what he would do now.",
        {"danger", "abuse"},
    ),
    (
        "He threatened to drown the children in the bath if I called the police. I did not call.",
        {"danger", "abuse"},
    ),
    (
        "He pointed the gun at me as a joke, he says. I did not find it a joke, and I do not think he meant it as one.",
        {"danger", "abuse"},
    ),
    (
        "When I was pregnant with Aisling, he hit me more than at any other time. I am pregnant again, and it has started again.",
        {"danger", "abuse"},
    ),
    (
        "He squeezed my neck until I blacked out briefly. When I came round, he was crying and saying how sorry he was.",
        {"danger", "abuse"},
    ),
    (
        "My husband knows every place I have been this week, down to the café where I had a scone. I have begun to suspect he is following my telephone's location without my knowledge.",
        "danger",
    ),
    (
        "He has told me more than once that he would rather see me dead than with another man. He says it as though it were a compliment.",
        {"danger", "abuse"},
    ),
    (
        "I have decided to leave him, but I am very much afraid of the day itself. He has said I would not get as far as the end of the road.",
        {"danger", "abuse"},
    ),
    (
        "He keeps a hunting knife on the bedside table now. He never used to, and he makes sure that I see it.",
        {"danger", "abuse"},
    ),
    (
        "Tonight he told our son, who is nine, that if his mother ever left, the boy would not see another birthday. I must get the children out of this house.",
        {"danger", "abuse"},
    ),
    (
        "He has started following me on foot when I walk the dog in the evenings, keeping his distance and thinking I do not notice.",
        "danger",
    ),
    (
        "She held a lit lighter close to my face and told me she could make me disappear without anyone asking questions. I have not slept since.",
        {"danger", "abuse"},
    ),
    (
        "I think it is only a matter of time before he kills me. I write this in case anything should happen.",
        {"danger", "abuse"},
    ),
    (
        "He has all my passwords, my car has been fitted with something that tells him where I drive, and he rings the moment I stop anywhere unusual.",
        {"danger", "abuse"},
    ),
    (
        "He shook me so violently last night that my head struck the doorframe. It is worse every time, and it is more often.",
        {"danger", "abuse"},
    ),
    (
        "When I mentioned staying with my mother for a while, he said that if I walked out of that door I would come back in a box.",
        {"danger", "abuse"},
    ),
    (
        "He fired his gun into the garden last weekend while he was shouting at me, and the neighbours said nothing. I do not know what to do.",
        {"danger", "abuse"},
    ),
    (
        "My partner has said she will kill me and then herself if I end the relationship. I do not know how seriously to take it, but I am afraid.",
        {"danger", "abuse"},
    ),
    (
        "He had his hands on my throat again tonight, briefly, in the hallway. He said it was to make me listen.",
        {"danger", "abuse"},
    ),
    (
        "I have been to a solicitor in secret, and now I am terrified he will discover it. He has often said what happens to women who try to take what is his.",
        {"danger", "abuse"},
    ),
    (
        "He has told my daughter that if she helps me to leave, he will hurt her too. She is only sixteen.",
        {"danger", "abuse"},
    ),
    (
        "He turned up at the hotel in Galway where I was staying for the conference, though I had told no one which hotel it was. He simply smiled and said he had wanted to surprise me.",
        "danger",
    ),
    (
        "He drove at speed with me in the passenger seat, swerving towards the barrier and saying he would take us both. I begged him to stop.",
        {"danger", "abuse"},
    ),
    (
        "He laid the kitchen knife on the table between us at dinner and left it there while he spoke. He did not need to say anything more.",
        {"danger", "abuse"},
    ),
    (
        "I am eight weeks pregnant and have not told him, because the last time I was expecting he pushed me down the stairs.",
        {"danger", "abuse"},
    ),
    (
        "He has taken to telling me exactly where I was when each of my text messages was sent. He has never once been wrong, and I have never once told him.",
        {"danger", "abuse"},
    ),
    (
        "He pinned me to the bed by the neck until I stopped struggling. I am covering the marks with a silk scarf.",
        {"danger", "abuse"},
    ),
    (
        "He said tonight, quite quietly, that he could kill me and no one would miss me. I have no reason to think he was joking.",
        {"danger", "abuse"},
    ),
    (
        "The incidents are closer together now and much more serious. Last month he struck me with a chair; this week it was the iron.",
        {"danger", "abuse"},
    ),
    # abuse
    (
        "He slapped me across the face this evening because the dinner was cold. It is not the first time.",
        "abuse",
    ),
    (
        "I am given an allowance of forty pounds a week for the house and must produce a receipt for every penny. If I am short, there is an inquisition.",
        "abuse",
    ),
    (
        "He reads my telephone every evening as a matter of routine and expects me to hand it over without complaint. If I hesitate, he assumes I am hiding something.",
        "abuse",
    ),
    (
        "I walk on eggshells in my own home. I have learned to judge his temper from the way he shuts the front door, and I am afraid of what follows.",
        "abuse",
    ),
    (
        "He has made it quite clear that I am not to see my friends from the choir anymore. He says they are a bad influence, but I think he simply wants me alone.",
        "abuse",
    ),
    (
        "He shoved me into the dresser tonight, and I have a bruise the size of my palm on my hip.",
        "abuse",
    ),
    (
        "He calls me stupid and useless in front of our grown children, and they have begun to laugh along with him. I feel very small.",
        "abuse",
    ),
    (
        "He hides the car keys when he goes out so that I cannot leave the house. He says it is because I am a poor driver.",
        "abuse",
    ),
    (
        "He insists on choosing what I wear when we go out, and if I choose otherwise he will not speak to me for days.",
        "abuse",
    ),
    ("I am afraid of my husband. There, I have written it.", "abuse"),
    (
        "He threw a glass at me tonight. It missed, but only just, and he laughed at my face.",
        "abuse",
    ),
    (
        "He pressures me into sex when I have said no, and afterwards tells me it is a wife's duty. I no longer know how to refuse him.",
        "abuse",
    ),
    (
        "She demanded all of my passwords this week, including my work email. When I refused, she smashed my laptop on the kitchen floor.",
        "abuse",
    ),
    (
        "He does not allow me a bank card of my own. I must ask him for money even to buy a birthday present for my own grandson.",
        "abuse",
    ),
    (
        "He gives me the silent treatment for a week at a time whenever I displease him, and I understand that it is meant as punishment. I have begun to apologise for things I have not done.",
        "abuse",
    ),
    (
        "He kicked me in the shins under the table at his brother's house because I had contradicted him. Nobody saw.",
        "abuse",
    ),
    (
        "He tells me what I may eat and weighs me on Sunday mornings. If I have gained, I am made to go without supper.",
        "abuse",
    ),
    (
        "He has cut me off from my family so gradually that I scarcely noticed it happening. I have not been permitted to see my sister in two years.",
        "abuse",
    ),
    (
        "He pushed me out of his way on the stairs tonight and I fell the last few steps. He said I should watch where I was going.",
        "abuse",
    ),
    (
        "He speaks to me as though I were a servant, and calls me a fat cow whenever he has had a bad day.",
        "abuse",
    ),
    (
        "I am not permitted to go to the shops without telling him when I shall be back, and if I am ten minutes late there is a terrible scene.",
        "abuse",
    ),
    (
        "He hit me with the back of his hand this morning because I had moved his papers. I am sixty-four years old.",
        "abuse",
    ),
    (
        "I am frightened of what he will do if I disagree with him, so I do not disagree with him. That is the sum of our marriage now.",
        "abuse",
    ),
    (
        "He took my phone and went through every message, then read some of them aloud to his friends at the club, mocking me.",
        "abuse",
    ),
    (
        "He gripped my arm hard enough to leave finger marks, and then told me to wear long sleeves to Mass.",
        "abuse",
    ),
    (
        "Tomás has forbidden me to speak Spanish with my mother on the telephone because he cannot understand it. He listens in on every call now.",
        "abuse",
    ),
    (
        "He insults my cooking, my appearance and my intelligence every day. I used to think it was teasing; I no longer do.",
        "abuse",
    ),
    (
        "He throws things when he is angry, plates, the remote control, once a shoe, and lately he throws them at me rather than at the wall.",
        "abuse",
    ),
    (
        "He has taken my passport and says he is keeping it safe. I have asked for it twice, and he refuses to give it back.",
        "abuse",
    ),
    (
        "I must account for every telephone call and every hour of my day. He checks the mileage on the car when I come home.",
        "abuse",
    ),
    (
        "He forced himself on me last night after I had told him clearly that I was unwell and did not want to.",
        "abuse",
    ),
    (
        "He humiliates me in front of guests and then tells me I am too sensitive. At Christmas he told the whole table that I was frigid.",
        "abuse",
    ),
    (
        "He will not allow me to work, although the children have long since left home. He says no wife of his will be seen behind a shop counter.",
        "abuse",
    ),
    (
        "I flinched tonight when he raised his hand to reach for the salt. That tells me everything I need to know about how things stand.",
        "abuse",
    ),
    (
        "He has been slapping me again. I had hoped it had stopped after Easter, but it has not.",
        "abuse",
    ),
    (
        "He deleted all my friends' numbers from my telephone and told me they had been talking about me behind my back.",
        "abuse",
    ),
    (
        "She screams at me until I apologise, and if I do not, she stands in the doorway so that I cannot leave the room.",
        "abuse",
    ),
    (
        "He controls all the money, my pension included, and I must ask him for the bus fare. I feel like a child.",
        "abuse",
    ),
    (
        "He punched the wall beside my head tonight. He did not hit me, but I understood perfectly well that he could have.",
        "abuse",
    ),
    (
        "I am sent to sleep in the spare room when I have displeased him, and he locks the door from the outside.",
        "abuse",
    ),
    (
        "He calls me a useless old woman and says that nobody else would have me. I am beginning to believe him.",
        "abuse",
    ),
    (
        "He monitors my emails, he has my Facebook password, and he reads my messages to my sister before I have a chance to.",
        "abuse",
    ),
    (
        "He pinched me hard under the table at dinner because I laughed too loudly. He often does that when we are out.",
        "abuse",
    ),
    (
        "I was not allowed to go to my brother's funeral because he said it would be an inconvenience to him. I have not forgiven him, but I did not go.",
        "abuse",
    ),
    (
        "He pushed me to the floor this evening and stood over me until I apologised.",
        "abuse",
    ),
    (
        "He shouted at me for half an hour tonight because I had bought the wrong brand of tea, and I was shaking afterwards. I am always frightened of him now.",
        "abuse",
    ),
    (
        "He makes me undress in front of him so that he can check me for marks, as he puts it, because he is convinced I am unfaithful. I find it degrading.",
        "abuse",
    ),
    (
        "I no longer invite anyone to the house, because he is rude to them until they leave and then punishes me for having asked them. That is what he wants.",
        "abuse",
    ),
    (
        "He kicked the dog, and then he kicked me when I protested. Both of us keep well out of his way now.",
        "abuse",
    ),
    (
        "He has begun to decide which of my friends I may see and which I may not. The list grows shorter each month.",
        "abuse",
    ),
    (
        "He threatens to have me put in a home if I do not do as I am told. He says the doctors would believe him over me.",
        "abuse",
    ),
    (
        "He rang me fourteen times while I was at my book club and demanded I come home at once. I left early, as I always do.",
        "abuse",
    ),
    (
        "He makes me wait in the car while he goes into the bank, and he has changed the PIN so that I cannot withdraw anything.",
        "abuse",
    ),
    (
        "She slapped me when I said I wanted to see my children from my first marriage. She says they take me away from her.",
        "abuse",
    ),
    (
        "He has told me I am not allowed to cut my hair short. When I did, he would not let me out of the house until it had grown.",
        "abuse",
    ),
    (
        "I tiptoe around him all evening and rehearse every sentence before I say it, because I am afraid of setting him off. It is exhausting to be this careful.",
        "abuse",
    ),
    (
        "He will not let me drive anymore and has taken my name off the insurance. I am entirely dependent on him to go anywhere at all.",
        "abuse",
    ),
    (
        "He tore up the letter from my daughter before I had read it and said she was poisoning me against him. I am not allowed to write back.",
        "abuse",
    ),
    (
        "He hit me again last night, on the back of the head, where the bruise would not show.",
        "abuse",
    ),
    (
        "He insists I hand over my wages every month, and he gives me back what he decides I need.",
        "abuse",
    ),
    (
        "He calls me names I would not repeat even here, and always in a low voice so that the neighbours will not hear.",
        "abuse",
    ),
    (
        "He forbids me to attend my church group and says religion has made me disobedient.",
        "abuse",
    ),
    (
        "I am scared to tell him that I spent money on new shoes. I have hidden the receipt in the lining of my coat, as though I were a criminal.",
        "abuse",
    ),
    (
        "He twisted my wrist tonight until I dropped the telephone, because he thought I was texting someone. It was my sister.",
        "abuse",
    ),
    (
        "He demands sex whenever he likes, and when I refuse he withholds the housekeeping money until I comply.",
        "abuse",
    ),
    (
        "I have begun to lie about small things simply to avoid his temper. I am afraid of him in a way I never expected to be at this stage of my life.",
        "abuse",
    ),
    (
        "He locks the telephone away in his study at night so that I cannot call anyone.",
        "abuse",
    ),
    (
        "Mark belittles me constantly in front of his colleagues. Tonight he told them I had not had an original thought since 1985, and they all laughed.",
        "abuse",
    ),
    (
        "He threw my dinner on the floor tonight and made me clean it up on my knees while he watched.",
        "abuse",
    ),
    (
        "He has been hitting me since the spring. I have told no one, but I am writing it here so that it is written somewhere.",
        "abuse",
    ),
    # infidelity
    (
        "I found a second mobile telephone in his golf bag, full of affectionate messages to a woman called Fiona. They are dated this week.",
        "infidelity",
    ),
    (
        "He has been seeing someone from his office for at least six months. He still goes to her flat on Tuesdays and tells me it is squash.",
        "infidelity",
    ),
    (
        "I discovered that my wife has a profile on a dating site, updated three days ago. She describes herself as separated, which is news to me.",
        "infidelity",
    ),
    (
        "He told me the affair was over in March, but I saw them together at the garden centre on Saturday, holding hands.",
        "infidelity",
    ),
    (
        "There are hotel bills on the credit card for nights he told me he was at his mother's. I rang her; he was not.",
        "infidelity",
    ),
    (
        "She is still in contact with him. I found their messages tonight, and they are planning a weekend away together in Cork.",
        "infidelity",
    ),
    (
        "I have good reason to believe Kwame is having an affair. There are calls late at night from the same number, and he takes them in the garden with the door closed.",
        "infidelity",
    ),
    (
        "He admitted tonight that he has been in love with another woman for a year and does not intend to stop seeing her.",
        "infidelity",
    ),
    (
        "I found lipstick on his collar, I know how old-fashioned that sounds, and a receipt for roses that did not come to me. He was out again tonight.",
        "infidelity",
    ),
    (
        "My husband has been meeting a man from his Tuesday group in secret. I have read their emails, and they are not the emails of friends.",
        "infidelity",
    ),
    (
        "I have been seeing someone myself, and I have not told my husband. I know it is wrong, but I have not ended it.",
        "infidelity",
    ),
    (
        "He says she is merely a colleague, but he sends her photographs of himself that he has never sent to me, and he deletes them afterwards.",
        "infidelity",
    ),
    (
        "She keeps a secret email account, and I found the password written in her diary. There are hundreds of love letters to another man, the last one sent this morning.",
        "infidelity",
    ),
    (
        "He has rented a flat in town which he claims is for work, but the neighbour there tells me a woman lets herself in most evenings.",
        "infidelity",
    ),
    (
        "I came home early and found them together in our bed. He asked me to pretend I had not seen anything, and I know he has seen her since.",
        "infidelity",
    ),
    (
        "He continues to see her, despite every promise. I have the bank statements and the restaurant receipts in front of me.",
        "infidelity",
    ),
    (
        "I am fairly certain my wife is sleeping with her tennis coach. She comes home flushed, changes straight into the wash, and guards her phone like a jewel.",
        "infidelity",
    ),
    (
        "He has a second Facebook account under a different name, and on it he is in a relationship with someone called Leanne.",
        "infidelity",
    ),
    (
        "I found intimate photographs of another woman on his tablet, taken in what I recognise as our holiday cottage, last month.",
        "infidelity",
    ),
    (
        "Priya admitted tonight that she is still seeing the man she swore she had given up last year.",
        "infidelity",
    ),
    (
        "He books dinners for two on the company card on evenings when he tells me he is working late. I have the statements, and the other name on the reservations.",
        "infidelity",
    ),
    (
        "The messages I found tonight leave no room for doubt. He tells her that he loves her and that he will leave me after Christmas.",
        "infidelity",
    ),
    (
        "I have been conducting an affair with an old friend for some months now. I do not know why I am writing it here, except that I must tell someone.",
        "infidelity",
    ),
    (
        "He has been visiting a woman in Leeds every other weekend, under the pretence of seeing his brother. His brother confirmed it, rather awkwardly.",
        "infidelity",
    ),
    (
        "I found a receipt for a necklace I never received, and then I saw the necklace on his secretary at the Christmas party.",
        "infidelity",
    ),
    (
        "She keeps a second phone in the glove box. I found it today, and it is full of messages to someone she calls her darling.",
        "infidelity",
    ),
    (
        "He swore after the last time that it was finished, but she telephoned the house tonight and asked for him by a pet name.",
        "infidelity",
    ),
    (
        "There is a woman he has been seeing for years, it seems, and I am the last to know. He has not denied it, and he has not stopped.",
        "infidelity",
    ),
    (
        "He has been on a dating app while we are still married and living under the same roof. He matched with a friend of mine, who told me.",
        "infidelity",
    ),
    (
        "My husband is having an affair with our neighbour, and it is still going on. I watched him go round there at midnight.",
        "infidelity",
    ),
    # addiction
    (
        "He drinks a bottle of whisky most nights and cannot remember in the morning what he said to me. I have stopped reminding him.",
        "addiction",
    ),
    (
        "I found empty vodka bottles hidden behind the boiler, in the shed and in his toolbox. He tells me he has cut down.",
        "addiction",
    ),
    (
        "He has gambled away the money we had set aside for the roof. He swears it will be the last time, exactly as he swore the last time.",
        "addiction",
    ),
    (
        "He has relapsed. After four years sober he is drinking again, and he denies it even with the smell on him.",
        "addiction",
    ),
    (
        "My husband's betting has become impossible to ignore. The mortgage payment did not go out this month because he had put it on the horses.",
        "addiction",
    ),
    (
        "She is using again, I am almost certain. Money has gone missing from my purse, and she sleeps all day.",
        "addiction",
    ),
    (
        "He drinks until he falls asleep in his chair every evening, and I have to help him up to bed like a child.",
        "addiction",
    ),
    (
        "He has taken out a loan in my name to cover his online poker debts. I only found out when the letter arrived.",
        "addiction",
    ),
    (
        "He starts drinking at lunchtime now, and by six o'clock he is slurring. He insists it is only beer and therefore does not count.",
        "addiction",
    ),
    (
        "I found a small bag of white powder in his jacket pocket. He says it belongs to a friend, but this is the third time.",
        "addiction",
    ),
    (
        "He has spent our savings on scratch cards and online casinos, and he is still playing. I watched him at it on his phone tonight.",
        "addiction",
    ),
    (
        "He blacked out from drink again tonight and did not recognise me when he came round. This is the fourth time this month.",
        "addiction",
    ),
    (
        "Jo's drinking has become the centre of our life. Every plan we make revolves around whether she will be sober.",
        "addiction",
    ),
    (
        "He is addicted to his painkillers. He takes far more than he is prescribed and has begun to obtain them from a second doctor.",
        "addiction",
    ),
    (
        "The rent money is gone again. He admitted he had bet it on the football, and tonight he was already studying the odds for Saturday.",
        "addiction",
    ),
    (
        "He hides bottles in the garage and thinks I do not know. I count them while he is at work, and there are more each week.",
        "addiction",
    ),
    (
        "Lin has started smoking cannabis every evening and is vacant all weekend. When I raise it, she says it is how she copes with me.",
        "addiction",
    ),
    (
        "He drove home drunk again tonight. I do not know how he has not killed someone yet.",
        "addiction",
    ),
    (
        "He promised after the hospital that he would stop drinking, but I smelt it on him at breakfast this morning.",
        "addiction",
    ),
    (
        "He has been drinking himself into oblivion every night since he retired. I scarcely recognise the man I married.",
        "addiction",
    ),
    (
        "He lost his wages at the bookmaker's on Friday before he had even come home. This has happened every Friday since August.",
        "addiction",
    ),
    (
        "I believe he is using cocaine. He comes home at dawn with his jaw clenched and talks without stopping.",
        "addiction",
    ),
    (
        "He drinks steadily from the moment he wakes. He says he can stop whenever he chooses, but he has not chosen to in twenty years, and it is worse than ever.",
        "addiction",
    ),
    (
        "He has remortgaged the house without telling me to pay off his gambling debts, and he continues to bet.",
        "addiction",
    ),
    (
        "He has been drinking every night until he passes out, and this morning he had wet the bed. He became angry when I mentioned it.",
        "addiction",
    ),
    (
        "Our son found his father's stash of pills in the airing cupboard. He is meant to be clean.",
        "addiction",
    ),
    (
        "He gets through a case of wine in three days. He calls it unwinding; I call it what it is.",
        "addiction",
    ),
    (
        "He has taken money from our granddaughter's savings account to fund his betting. I have no idea how to tell my daughter.",
        "addiction",
    ),
    (
        "I can no longer rely on him to collect the children, because by four o'clock he has usually had far too much to drink.",
        "addiction",
    ),
    (
        "He is back on the gambling apps despite the self-exclusion. He found a way round it, as he always does.",
        "addiction",
    ),
    # checked_out
    (
        "He told me this evening that he no longer loves me and has not for some years. He said it quite kindly, which made it worse.",
        "checked_out",
    ),
    (
        "She has found a flat in Clontarf and intends to move out at the end of the month.",
        "checked_out",
    ),
    (
        "He has been to see a solicitor about a divorce. I found the letter from the firm on the hall table.",
        "checked_out",
    ),
    (
        "After thirty-two years he says he is done. He has no wish to try anything further, least of all counselling.",
        "checked_out",
    ),
    (
        "He moved his clothes into the spare room in September and, last weekend, into his brother's house. He says he will not be coming back.",
        "checked_out",
    ),
    (
        "She told me tonight that she wants a divorce and that her mind is made up.",
        "checked_out",
    ),
    (
        "He has started looking at flats in town for himself. He leaves the estate agents' brochures on the kitchen table as if I ought to help him choose.",
        "checked_out",
    ),
    (
        "He said that our marriage is over and that he would be grateful if I did not make a fuss.",
        "checked_out",
    ),
    (
        "He has one foot out of the door and refuses to discuss anything. When I ask whether we might try, he simply says, 'What for?'",
        "checked_out",
    ),
    (
        "Sam has signed a lease on a flat near his office. He moves out on the first.",
        "checked_out",
    ),
    (
        "She told me she feels nothing for me any longer and has not for a long while. She wants to separate after our son's wedding.",
        "checked_out",
    ),
    (
        "He has already told the children that he is leaving. I was not consulted on how or when.",
        "checked_out",
    ),
    (
        "He says he has fallen out of love with me and does not think it can be mended. He is not willing to try.",
        "checked_out",
    ),
    (
        "The divorce papers arrived today. I knew they were coming, but I had hoped he might change his mind.",
        "checked_out",
    ),
    (
        "He packed two suitcases this afternoon and went to stay with his sister. He says it is permanent.",
        "checked_out",
    ),
    (
        "My husband informed me over dinner that he intends to file for divorce in the new year. He then asked me to pass the potatoes.",
        "checked_out",
    ),
    (
        "He has been perfectly clear: he wants out of the marriage, and he will not be persuaded otherwise.",
        "checked_out",
    ),
    (
        "She has consulted a family lawyer and is drawing up a separation agreement. She asked me for my bank details this evening.",
        "checked_out",
    ),
    (
        "He told me he is staying only until our daughter finishes her exams. After that, he says, he is gone.",
        "checked_out",
    ),
    (
        "Aoife says she is finished with the marriage and has asked me to move into the flat above the shop until things are settled.",
        "checked_out",
    ),
    (
        "He no longer wears his ring, and he told me yesterday that we ought to sell the house and divide the proceeds.",
        "checked_out",
    ),
    (
        "He has already moved most of his things to his new place. There are gaps on the bookshelves where his books used to be.",
        "checked_out",
    ),
    (
        "He says he has made his decision and there is nothing more to talk about. He will be gone by Easter.",
        "checked_out",
    ),
    (
        "He said tonight that he stopped loving me a long time ago and stayed only out of duty. He says his duty is now done.",
        "checked_out",
    ),
    (
        "She has put a deposit on a small house in Hamilton and told me she will be living there by February, without me.",
        "checked_out",
    ),
    (
        "He has asked me to agree to what he calls a quiet divorce. He has already spoken to a mediator.",
        "checked_out",
    ),
    (
        "After the party he said, very calmly, that he does not wish to be married to me anymore.",
        "checked_out",
    ),
    (
        "He refuses even to discuss trying again. He says the marriage died years ago and he has only now noticed the body.",
        "checked_out",
    ),
    (
        "Mark has been sleeping at a friend's for three weeks and collecting his post from there. He told me today that it is over.",
        "checked_out",
    ),
    (
        "He has told his family that we are separating and that he is moving out. I found out from his mother.",
        "checked_out",
    ),
]

ORDINARY = [
    "Another evening of silence at the dinner table. I asked about his day and received one word in reply.",
    "I suggested counselling again tonight, as gently as I know how, and he said he would not sit in a room and be judged by a stranger.",
    "We argued about his mother again. She is to come for Christmas, and I had rather hoped for a quiet year.",
    "I feel terribly lonely in this house, although there are two of us in it.",
    "He left the washing up again and went off to watch the cricket. It is a small thing, but it is always the small things.",
    "We have not been intimate for over a year. I do not know how to raise it without causing offence.",
    "I cried in the car outside the supermarket this afternoon. I could not have said precisely why.",
    "He does not listen when I speak. He nods, but his eyes are on the television.",
    "Our son has asked for money again, and we disagree about whether to give it to him. My husband says yes; I say we are not a bank.",
    "I have been married for thirty-eight years, and I am no longer sure I know the man across the table.",
    "He will not go to counselling, and I have begun to wonder whether I ought to go alone.",
    "We quarrelled about the heating bill. He likes the house cold; I should like to be able to feel my fingers.",
    "I feel unheard. That is all, really. Unheard, and rather tired.",
    "It is two in the morning and I cannot sleep. He is snoring soundly beside me, which seems unfair.",
    "The vicar asked after us on Sunday, and I said we were well. I suppose that is what one says.",
    "He forgot our anniversary again. I did not remind him; I wanted to see whether he would remember on his own.",
    "We spent the whole of Sunday in separate rooms. Nobody was angry, precisely; we simply had nothing to say to each other.",
    "I asked him whether he was happy, and he said he did not think about such things. I am not sure that is an answer.",
    "My second marriage was meant to be the sensible one. We are kind to each other, but there is very little warmth.",
    "His daughter from his first marriage is staying with us, and I feel like a guest in my own kitchen.",
    "We argued about whether to sell the house and move closer to the grandchildren. He will not even consider it.",
    "I am disappointed in my marriage. I had not expected to feel this way at sixty.",
    "He spends every evening in the garage with his model railway. I have begun to envy the trains.",
    "I said something sharp to him tonight and regretted it at once. He went up to bed without a word.",
    "He thinks therapy is for people who cannot manage their own affairs. I think we are not managing ours.",
    "I have been reading about marriages that drift apart once the children leave. It is uncomfortable how familiar it all sounds.",
    "We had a dreadful row about money. He thinks I am extravagant and I think he is mean, and we are probably both right.",
    "I feel that I am always the one to apologise first. Tonight I did not, and the silence continues.",
    "He is a good man in many respects, but he does not know how to talk about anything that matters.",
    "I miss the way we were in the early years. I cannot tell whether it was real or whether I am romanticising it.",
    "Priya says I ought to be more patient with him. I have been patient for twenty years.",
    "We argued about the grandchildren's schooling, which is not even our business. I think we argue about other things because we cannot argue about ourselves.",
    "He has retired and is at home all day, and I find I have no room to think.",
    "He rolls his eyes whenever I mention my feelings, so I have stopped mentioning them.",
    "His family have never accepted me, and he will not stand up for me when they are unkind at Sunday lunch.",
    "I am tired of being the only one who tries. I do not know how much longer I can go on trying on my own.",
    "We are like two lodgers who happen to share a kitchen: polite, considerate and entirely separate.",
    "I wept in the garden this evening, quietly, so that the neighbours would not hear.",
    "He said I was nagging when I asked him to book the appointment with the doctor. Perhaps I was.",
    "I do not think he has asked me a single question about myself in a year.",
    "Tonight I asked whether we might go away for a weekend, just the two of us. He said it was too expensive.",
    "We disagree about nearly everything now, from politics to the proper way to load the dishwasher.",
    "I feel invisible in my own marriage. He looks through me as though I were a window.",
    "His snoring keeps me awake, but whenever I suggest separate rooms he takes offence.",
    "We had friends for dinner, and he was charming to them all evening and silent the moment they had gone.",
    "I cannot remember the last time he took my hand. It is a small thing to miss, but I miss it.",
    "He refuses to discuss our marriage. He says there is nothing wrong with it and that I read too many magazines.",
    "The house has felt very quiet since the dog died. Neither of us has known how to fill the space.",
    "I had hoped retirement would bring us closer. Instead we seem to irritate each other more.",
    "I am angry with him, and I am angry with myself for being angry, and so it goes round.",
    "He will not speak about his father's death, and I cannot reach him however I try.",
    "We have separate hobbies, separate friends and, increasingly, separate lives. I cannot decide whether that is sensible or sad.",
    "I have been praying for patience, but I seem to receive only further opportunities to practise it.",
    "Tonight he criticised the way I had hung out the washing. I said nothing, and then lay awake composing replies.",
    "We have been married twenty-six years, and I have never felt more alone.",
    "I wish he would simply say he was sorry. Not for anything in particular; only for how things have become.",
    "He was in a foul mood all evening about the traffic and the news, so I went to bed early with a book.",
    "We argued about whether his son should move back in with us. I feel I was not consulted at all.",
    "It is a strange thing to grieve for a marriage while still living inside it.",
    "The counsellor I have been seeing on my own suggested we come together. I asked him again, and he refused again.",
    "We sat through the whole of the film without exchanging a word and then went to bed. That is an ordinary evening now.",
    "I feel I have given up a great deal for this marriage and received very little thanks for it.",
    "He makes decisions about the garden without asking me and is then surprised when I am hurt.",
    "I cannot tell whether I am depressed or merely disappointed. Perhaps it does not matter which.",
    "He criticises my driving from the passenger seat, as he has done for thirty years. Tonight I very nearly stopped the car and told him to walk.",
    "We cannot agree on how best to help my mother, who is failing. He thinks I spend too much time at her house.",
    "I am so tired tonight. Tired of the same arguments, the same silences and the same Sunday roast.",
    "He says I have changed. I expect I have; I am not the girl he married, nor would I wish to be.",
    "English is my second language, and in arguments he speaks so quickly that I lose the thread. Afterwards I think of everything I should have said.",
    "We have been living in the same house but in different countries, so to speak, for some years.",
    "Tonight I asked whether he still found me attractive. He laughed and turned on the news.",
    "I have been sleeping badly for weeks, and I suspect it is the marriage rather than the mattress.",
    "He believes our problems will resolve themselves if we ignore them for long enough. I am not convinced.",
    "His mother rang three times this evening. He took every call and then complained that I was distant.",
    "I feel guilty for being unhappy when so many people have far greater troubles than mine.",
    "We bickered all the way to the garden centre and all the way home again. I cannot now remember what it was about.",
    "He never pays me a compliment, though he is quick enough to point out when something is not right.",
    "I think we have simply run out of things to say to one another.",
    "I have taken to going to early Mass on my own, for the quiet as much as anything.",
    "He is stubborn and proud and will not admit when he is wrong. I suppose I knew that when I married him.",
    "We had our first proper argument in months, and it was almost a relief. At least we were speaking.",
    "He spent the evening on his computer and I spent it on mine. I do not know when that became normal.",
    "My friends tell me I ought to count my blessings. I do count them, and then I count what is missing.",
    "We cannot agree about Christmas, about holidays or about what colour to paint the hall.",
    "He grumbled about the cost of my hearing aids. I said I should like to hear him occasionally, and he did not find it amusing.",
    "I do not know whether I still love him. I know that I am used to him, which is not at all the same thing.",
    "I spent the evening writing him a letter that I shall never give him. It helped a little.",
    "He says counselling is a waste of money and that we are far too old for that sort of thing.",
    "Our daughter's wedding has brought every one of our disagreements to the surface. I long for it to be over.",
    "He sulks when he does not get his way and then denies that he is sulking. I find it tiresome.",
    "I had a small weep over the ironing tonight. Nothing dreadful has happened; I am only sad.",
    "He thinks I am too emotional and I think he is not emotional enough. We have been having this conversation for thirty years.",
    "I resent how much of the housework still falls to me, even now that we are both retired.",
    "We were scrupulously polite to each other all day, which is somehow worse than arguing.",
    "I had hoped a second marriage would be easier. It is easier in some ways and harder in others.",
    "He cancelled our dinner with the Hendersons without asking me. I had been looking forward to it all week.",
    "I am cross with myself for not having tried harder years ago, and cross with him for not trying now.",
    "We had a long talk tonight, the first in months. Nothing was resolved, but I felt a little closer to him.",
    "I worry that we have become one of those couples who sit in restaurants without speaking.",
    "He dismissed my idea of a marriage course at the church as happy-clappy nonsense.",
    "I am weary, Lord. Not in despair, only weary.",
    "We disagreed about how strict to be with the grandchildren when they stay. He thinks I spoil them dreadfully.",
    "I think he has been depressed since his redundancy, but he will not see the doctor and will not speak to me about it.",
    "He spends more time with his brother than with me, and he cannot seem to understand why I mind.",
    "I feel that we are two strangers who have agreed to be courteous to one another.",
    "Tonight I made his favourite supper, and he ate it in front of the football without a word.",
    "I have been thinking about what I want from the rest of my life, and I am uncertain how much of it he shares.",
    "The house is tidy, the bills are paid, and I am unhappy. It seems ungracious to complain.",
    "He raised his voice about the bins this evening and then apologised, which he rarely does.",
    "Kwame and I have stopped laughing together. I did not notice when it happened, only that it has.",
]

TRICKY = [
    # self_harm look-alikes
    "I would rather not be here tonight, if I am honest, but I mean here at this tedious dinner party, not anywhere more permanent. I am in no danger whatever.",
    "I want to be clear, if only to myself: I have no thoughts of harming myself. I am unhappy, but I intend to see it through.",
    "My brother took his own life twelve years ago today, and I lit a candle for him at evening Mass. I miss him terribly.",
    "This ironing pile is killing me, and so is his mother's visit.",
    "I was dying of embarrassment at the golf club dinner when he told that story about the caravan.",
    "The doctor has given me new sleeping tablets, one to be taken at night. I have put them beside the bed with a glass of water, as instructed.",
    "I cut my finger rather badly slicing onions tonight and had to sit down. He did at least find the plasters.",
    "We watched a documentary about a bridge known for suicides, and I found it very moving. It made me want to ring my sister.",
    "I have been putting my affairs in order, as one does at my age: the will, the power of attorney, the pension. It is a practical matter and nothing more.",
    "My neighbour's son harmed himself last month, and she came over tonight to talk. I did not know what to say to her.",
    "I gave my old winter coats to the charity shop this morning. The wardrobe was overflowing.",
    "There was a time, many years ago after my first husband died, when I did not wish to live. That has long since passed, thank God.",
    "I am not going to do anything foolish. I simply needed to write down how low I feel tonight.",
    "I have been reading a novel in which the heroine drowns herself, and I found it very hard to put down.",
    "I wrote a letter to my late mother tonight, as the grief counsellor suggested. It was a goodbye of sorts, and a healthy one.",
    "My granddaughter is training as a nurse on a self-harm unit, and she told us a little about her work over Sunday lunch.",
    "I burned the roast, and my hand on the oven tray, and we had cheese on toast instead.",
    "At the funeral today I found myself thinking about which hymns I should want at my own one day, in the ordinary way one does at funerals.",
    "I said I would rather die than attend another of his regimental reunions. I did attend, and I survived it.",
    "I am low, but I am not in despair, and I want to live. I think it is important to write that down.",
    # danger look-alikes
    "He has never laid a hand on me, and I do not believe he ever would. Our trouble is silence, not violence.",
    "He bought me a new set of kitchen knives for my birthday. I am not sure whether that is thoughtful or merely practical.",
    "I choked on a fishbone at dinner and he thumped me on the back. It was the most attention he has paid me all week.",
    "We put a GPS collar on the dog after he wandered off at the beach. It is the only tracking that goes on in this house.",
    "He goes clay pigeon shooting with his brother on Saturdays. It is the one day I have the house to myself.",
    "I could cheerfully strangle the man who designed this self-service checkout.",
    "My daughter and I share our locations on our phones so that I know she has got home safely after her night shifts. It is a comfort to us both.",
    "I am pregnant at forty-one, which nobody expected, least of all us. He is beside himself with happiness.",
    "Our neighbour was taken to hospital after her husband attacked her, and the police have been round. It has shaken me badly.",
    "He said he would kill me if I told his sister about the surprise party. I shall keep quiet.",
    "The film tonight was about a woman whose husband stalks her after she leaves him. I had to turn it off; it was too upsetting.",
    "My first husband was violent, and I left him in 1987. My second husband is the gentlest of men, whatever our other difficulties.",
    "He keeps a shotgun for the farm, properly licensed and locked in a cabinet. He has never once pointed it at anything but a fox.",
    "I asked myself tonight whether I am afraid of him, and I am not. I am only tired of him.",
    "He followed me into the kitchen to carry on the argument about the holiday. It is maddening, but it is not sinister.",
    "We went to see a murder mystery at the theatre, and he guessed the killer in the first act. He was insufferable all the way home.",
    "My sister's husband put his hands around her throat once, years ago, and she left him that same night. I think of her courage often.",
    "If I were ever to leave him, I worry about how he would manage the cooking. That is the full extent of my worry.",
    "He turned up at my work today to bring me the lunch I had left on the counter. It was a kind thought.",
    "I read in the paper about a man who threatened his wife with a gun, and I felt quite sick. I am grateful that is not my life.",
    # abuse look-alikes
    "He has never hit me, never pushed me and never called me names. He simply does not talk to me.",
    "I looked at his phone tonight while he was in the shower. I found nothing, and I feel rather ashamed of myself.",
    "We share a joint account and both of us keep an eye on it. It is how we have always done things, and neither of us minds.",
    "My friend Brenda's husband controls every penny she spends. I am lucky that mine, whatever his faults, does not.",
    "I was sharp with him tonight and called him a stubborn old fool. I apologised later, and he laughed.",
    "He sulked for an hour after I dented the car, and then we had our tea as usual. It was sulking, not punishment.",
    "He asked me not to wear the green dress to his sister's wedding because it clashes with the flowers. I wore it anyway, and he said I looked lovely.",
    "I slammed the door on my way out tonight. It is not like me, and I am a little embarrassed.",
    "My father used to beat my mother, and I swore I would never marry a man like him. I did not; my husband is cold, but he is not cruel.",
    "He has my passwords and I have his, because he is hopeless with computers and I deal with all the accounts. It is convenience, not control.",
    "I am not afraid of him. I am afraid of growing old in this silence, which is a different matter.",
    "He slapped his forehead when he realised he had forgotten the tickets again. We missed the first act.",
    "We agreed a budget for the kitchen renovation, and I am the one who keeps us to it. He calls me the Chancellor.",
    "My daughter's partner is very controlling, and it worries me a great deal. She will not hear a word against him.",
    "He threw the newspaper across the room when his team lost. He has done that every Saturday for thirty years and has never thrown anything at me.",
    "I used to walk on eggshells with my first husband. With this one I simply walk around his armchair.",
    "He teases me about my accent, but kindly, and I tease him about his cooking. It is one of the few things that still makes us laugh.",
    "He asked where I had been all afternoon, and I told him, and that was the end of it. He was only worried because I had forgotten my phone.",
    "I pushed him aside to get at the smoke alarm when the toast burned. We both laughed about it afterwards.",
    "The counsellor asked whether there was any violence or control in the marriage, and I could honestly say there was not. There is only distance.",
    # infidelity look-alikes
    "What if he were ever to be unfaithful? I do not think he would, but I wondered tonight, as one does when things are cold.",
    "He had an affair fifteen years ago. We went through a great deal of counselling then, and it is behind us now.",
    "I confess I have developed a small crush on the man who runs the bookshop. It is entirely harmless and will go no further.",
    "My neighbour discovered her husband's affair last week, and the whole road seems to know. I do feel for her.",
    "He has been texting a great deal lately, but it is his brother, who is unwell. I checked, which I am not proud of.",
    "We watched a drama about a man leading a double life, and I kept glancing at my husband. He fell asleep halfway through.",
    "He had lunch with his former wife today to discuss their son's wedding. He told me beforehand, and I do not mind.",
    "I dreamt that he left me for a younger woman and woke up cross with him, which is hardly fair.",
    "I found a receipt for flowers in his coat and my heart sank, until the flowers arrived for my birthday this afternoon.",
    "An old friend of ours has been unfaithful to his wife for years, and we have both been keeping the secret. It sits heavily on us.",
    "He told me an old girlfriend had contacted him on Facebook. He showed me the message, and he has not replied.",
    "I sometimes wonder whether I ought to have married the other man. It is a foolish thought, and I do not act on it.",
    "My first husband kept a mistress for most of our marriage. That was thirty years ago, and I do not mourn him.",
    "He flirts with the waitresses in a harmless, old-fashioned way that embarrasses me. It means nothing, and we both know it.",
    "My sister has been seeing a married man and has asked me not to judge her. I am trying not to.",
    "He has a second phone, but it is for work and the company pays for it. I have seen what is on it, and it is all spreadsheets.",
    "We worked through his affair many years ago, and I forgave him properly. Tonight's argument was about the garden, not about that.",
    "He stayed late at the office again. I know he was working, because I could see him at his desk when I went to collect him.",
    "I caught myself looking at a dating site out of curiosity, to see what people of my age write about themselves. I closed it quickly.",
    "The novel for book club is all about adultery, and I found myself defending the wife more fiercely than I expected.",
    # addiction look-alikes
    "I have a glass or two of sherry most evenings myself. Perhaps I ought to watch that, but it is hardly a problem.",
    "He had a drinking problem in his forties and has been sober for twenty-two years. I am very proud of him.",
    "I am quite addicted to the crossword these days. It is the only quiet hour I get.",
    "He likes a flutter on the Grand National once a year, five pounds each way. It is a family tradition.",
    "My brother-in-law is an alcoholic, and my husband spent the evening on the phone to him. It has cast a shadow over the house.",
    "He has one pint at the pub on a Friday with his old colleagues and is home by nine. I envy him his friends more than his beer.",
    "I bought a lottery ticket today, which I never do, and spent the evening imagining a different life. I did not win.",
    "He takes his prescribed painkillers for his back exactly as the doctor says, and I keep the chart on the fridge.",
    "My father drank himself to death when I was a girl, and I watch my husband's glass more closely than I need to. He has never had more than two.",
    "I drank too much wine at the wedding and said things to his cousin that I now regret. I shall send a note.",
    "We went to a friend's fiftieth at the casino, and he lost ten pounds on roulette and declared himself finished. It was rather sweet.",
    "He used to gamble heavily before we met, but he went to Gamblers Anonymous and has not placed a bet in fifteen years.",
    "Our son has been drinking too much since his divorce, and we argued tonight about how to help him.",
    "We watched a programme about opioid addiction in America. He said very little afterwards, but he held my hand.",
    "He is addicted to his allotment. He would sleep in the shed if I let him.",
    "I do worry that I rely on my sleeping pill too much, and I have asked the doctor about it. That is my own business, not his.",
    "He drinks far too much tea, eight or nine cups a day. It is the only vice he has.",
    "He had a glass of whisky tonight after the funeral, and then another. It was a hard day, and it is not his habit.",
    "The gambling advertisements during the football are relentless. He turns them off in disgust.",
    "A friend from church is in recovery, and she asked me to come to an open meeting with her. I was glad to go.",
    # checked_out look-alikes
    "What would I do if he left me? I have been turning it over tonight, although he has given no sign of going anywhere.",
    "He announced tonight that he is done, with the garden for the season, that is. I did have a moment's fright at the word.",
    "My sister's husband moved out last month, and she has been staying with us. It makes me look at my own marriage more closely.",
    "He has been looking at flats all week, but for our daughter, who is starting at university in Manchester.",
    "He saw a solicitor today to update our wills. It was my idea.",
    "He stormed out after the argument and walked round the block twice. He came back, as he always does, and put the kettle on.",
    "We were divorced once, from each other, in 1994, and remarried in 1999. We are still here, for better or worse.",
    "He says he is tired of arguing, and so am I. Neither of us means to leave; we simply do not know how to stop.",
    "He is going to stay with his brother for a week to help after the operation. I am rather looking forward to the quiet.",
    "I told him tonight that I sometimes think of leaving. I do not believe I will, but it felt important to say it aloud.",
    "Our friends the Murphys are divorcing after forty years, and it has frightened us both a little. We held hands in the car home.",
    "He said he was finished after the third set and collapsed on the sofa. Tennis at our age is a mistake.",
    "He does not tell me he loves me very often, but he has never said that he does not. I suppose that counts for something.",
    "He has taken a contract in Aberdeen for six months and will come home at weekends. We both agreed it was sensible.",
    "My first wife left me for a colleague in 1979. I have been married to Anne for thirty years since, and she is not going anywhere.",
    "He joked that if I made him watch one more period drama he would move out. He then watched the entire series with me.",
    "He will not come to therapy, but he is not going anywhere either. He says we shall muddle through, as we always have.",
    "I worry that one day he will simply decide he has had enough. Tonight, though, he brought me a cup of tea in bed.",
    "Our friend who practises family law came to dinner and talked about her divorce cases all evening. It was not the most cheerful of topics.",
    "He packed a bag this evening for his fishing trip to Wexford. He will be back on Sunday, complaining about the midges.",
]
