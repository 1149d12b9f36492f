"""Labelled examples the rules were tuned on (see examples_heldout.py for the ones they were not).

Each entry is (text, set of expected flags). An empty set means nothing should fire.
"""

DANGER = [
    ("He choked me last night until I almost passed out.", {"danger"}),
    ("she put her hands around my neck during the fight", {"danger"}),
    ("he grabbed me by the throat and pinned me to the wall", {"danger", "abuse"}),
    ("He pulled a knife on me in the kitchen.", {"danger"}),
    ("there's a gun in the house and he reminds me of it", {"danger"}),
    ("He said he'd kill me if I ever left.", {"danger"}),
    ("she threatened to kill me and then herself", {"danger"}),
    ("I honestly think he could kill me one day.", {"danger"}),
    ("the hitting is getting worse every week", {"danger"}),
    ("He follows me to work and waits outside my office", {"danger"}),
    ("found an airtag in my car, he's been tracking me", {"danger"}),
    ("he kicked me while I was pregnant", {"danger", "abuse"}),
    ("he threatened to hurt the kids if I call anyone", {"danger", "abuse"}),
    ("he choaked me agian tonight", {"danger"}),
    ("I'm scared for my life", {"danger"}),
    ("He always knows where I am, even when I didn't tell him.", {"danger"}),
]

SELF_HARM = [
    ("I don't want to be alive anymore.", {"self_harm"}),
    ("some nights I think about killing myself", {"self_harm"}),
    ("everyone would be better off without me", {"self_harm"}),
    ("I've been cutting myself again", {"self_harm"}),
    ("im having sucidal thoughts", {"self_harm"}),
    ("I just want to die", {"self_harm"}),
    ("I wish I was dead", {"self_harm"}),
    ("thinking about ending it all tonight", {"self_harm"}),
    ("i dont want to wake up tomorrow", {"self_harm"}),
    ("there's no reason to go on living", {"self_harm"}),
]

ABUSE = [
    ("He hid my car keys so I couldn't go to my sister's.", {"abuse"}),
    ("she reads all my messages every night", {"abuse"}),
    ("I have to ask for money for groceries.", {"abuse"}),
    ("He slapped me in front of the kids.", {"abuse"}),
    ("he doesnt let me see my friends anymore", {"abuse"}),
    ("He calls me worthless and stupid.", {"abuse"}),
    ("I'm scared of him when he drinks.", {"abuse"}),
    ("I'm walking on eggshells all the time", {"abuse"}),
    ("he made me give him all my passwords", {"abuse"}),
    ("She controls all the money and my paycheck goes to her account", {"abuse"}),
    ("he threatened to take the kids and leave me with nothing", {"abuse"}),
    ("he punched the wall next to my head", {"abuse"}),
    ("He forced me to have sex when I said no.", {"abuse"}),
    ("she took my phone and smashed it", {"abuse"}),
    ("he pushed me against the counter", {"abuse"}),
    ("I'm not allowed to go out without him", {"abuse"}),
    ("he goes through my phone while I sleep", {"abuse"}),
    ("She tells me I'm crazy and that it never happened.", {"abuse"}),
    ("he threw a glass at me", {"abuse"}),
    ("I'm afraid to go home tonight", {"abuse"}),
]

INFIDELITY = [
    ("I found out he's having an affair with a coworker.", {"infidelity"}),
    ("I think she's cheating on me", {"infidelity"}),
    ("he's been sleeping with someone from his gym", {"infidelity"}),
    ("found tinder on her phone last week", {"infidelity"}),
    ("I've been seeing someone else and I don't know how to stop", {"infidelity"}),
    ("pretty sure he is cheeting again", {"infidelity"}),
]

ADDICTION = [
    ("He drinks every night until he passes out.", {"addiction"}),
    ("she came home drunk again", {"addiction"}),
    ("He's gambled away our savings.", {"addiction"}),
    ("his drinking is getting out of hand", {"addiction"}),
    ("he's using coke again", {"addiction"}),
    ("I think she's an alcoholic", {"addiction"}),
    ("he hides bottles in the garage", {"addiction"}),
    ("he lost our rent money betting on football", {"addiction"}),
]

CHECKED_OUT = [
    ("He told me he wants a divorce.", {"checked_out"}),
    ("she says she doesn't love me anymore", {"checked_out"}),
    ("he's moving out next month", {"checked_out"}),
    ("She's checked out of the marriage", {"checked_out"}),
    ("he said he's done and has made up his mind", {"checked_out"}),
    ("she has been talking to a divorce lawyer", {"checked_out"}),
]

NEGATIVES = [
    # negation
    ("She has never laid a hand on me.", set()),
    ("He would never hurt me, I know that.", set()),
    ("I'm not afraid of him, just tired.", set()),
    ("I would never hurt myself, I just feel low.", set()),
    ("He doesn't drink at all.", set()),
    ("She didn't cheat, I misread the texts.", set()),
    ("He doesn't read my messages, he trusts me.", set()),
    # figures of speech
    ("This commute is killing me.", set()),
    ("He nailed his interview today!", set()),
    ("My back is killing me after the move.", set()),
    ("I could have died of embarrassment at dinner.", set()),
    ("She cheated at cards and we all laughed.", set()),
    ("the realization hit me hard tonight", set()),
    ("We checked out of the hotel early.", set()),
    ("He's been killing it at work lately.", set()),
    ("That movie choked me up.", set()),
    ("He's leaving for work at six now.", set()),
    ("He follows me on instagram but never likes anything", set()),
    # someone else's story
    ("My sister's boyfriend drinks too much.", set()),
    ("A friend told me her husband is cheating on her.", set()),
    ("My coworker's wife left him last month.", set()),
    ("We watched a show where the husband has an affair.", set()),
    ("My dad's drinking ruined my childhood.", set()),
    # a past that is over
    ("He had a drinking problem in college and has been sober ten years.", set()),
    ("She had an affair years ago, we worked through it.", set()),
    ("He used to gamble before we met.", set()),
    # ordinary hard-relationship entries
    ("We argued about the dishes again and he went quiet.", set()),
    ("I feel lonely even when we are in the same room.", set()),
    ("He forgot our anniversary and I cried in the car.", set()),
    ("She said I never listen, and maybe she's right.", set()),
    ("I asked him to come to therapy and he laughed it off.", set()),
    ("He yelled at me about the bills and then apologised.", set()),
    ("We had some wine with dinner and it was nice for once.", set()),
    ("I'm so tired of being the one who always starts the talk.", set()),
    ("He's distant and on his phone all evening.", set()),
    ("I'm not sure whether any of this is working.", set()),
]

ALL = DANGER + SELF_HARM + ABUSE + INFIDELITY + ADDICTION + CHECKED_OUT + NEGATIVES
