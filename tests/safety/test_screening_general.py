"""Unit tests for the general-construction rules (rules.GENERAL_RULES): each rule fires on phrasings
it was not copied from, and its negatives (negation, figures of speech, someone else's story, a
past that is over, everyday uses of the same words) stay quiet for that flag."""

import pytest

from safety.screening import rule_flags, rule_matches
from safety.screening.normalise import normalise

# Unit tests of the rules: the model readers are switched off (see conftest.rules_only).
pytestmark = pytest.mark.usefixtures("rules_only")

FIRES = [
    # self_harm.wish: first-person (said or implied) + a wish to cease
    ("self_harm.wish", "honestly i just want to stop existing"),
    ("self_harm.wish", "just wanna never wake up again"),
    ("self_harm.wish", "been thinking about how to end my life"),
    ("self_harm.wish", "i would rather be dead than keep doing this"),
    # self_harm.absent: the world without the writer, a burden
    ("self_harm.absent", "they'd all be happier without me"),
    ("self_harm.absent", "i am such a burden on everyone"),
    ("self_harm.absent", "nothing left to live for tbh"),
    # self_harm.method: pills by the bottle, a rope, a height, hurting oneself
    ("self_harm.method", "nearly swallowed the whole packet last night"),
    ("self_harm.method", "i keep looking down from the balcony at night"),
    ("self_harm.method", "scratched myself raw again in the shower"),
    # self_harm.hopeless_end: hopelessness joined to an ending
    ("self_harm.hopeless_end", "there is no way out for me except being gone"),
    # danger.breath: smothering
    ("danger.breath", "she put a pillow over my face while i slept"),
    ("danger.breath", "he sat on me till i nearly passed out"),
    # danger.if_threat
    ("danger.if_threat", "if i call the police he says he will hurt the kids"),
    # danger.watched: waiting, locating
    ("danger.watched", "he keeps parked outside my flat at night since i left him"),
    ("danger.watched", "she somehow knows where i am all the time"),
    # abuse.or_else: rules the writer must follow, a way out taken away
    ("abuse.or_else", "i have to be home by six or he loses it"),
    ("abuse.or_else", "he made me sleep in the car as punishment"),
    ("abuse.or_else", "he hid the car keys again so i can not get to work"),
    # self_harm.signs: warning signs in other words
    ("self_harm.signs", "who would even turn up at my funeral"),
    ("self_harm.signs", "been stockpiling my meds in a sock"),
    ("self_harm.signs", "i googled the highest car park in town"),
    ("self_harm.signs", "i deserve to be in pain"),
    ("self_harm.signs", "my family would be fine without me"),
    # danger.body: throat, death threats in other words, tracking set up, being circled
    ("danger.body", "her hands were squeezing around my throat"),
    ("danger.body", "he warned me i would never be found"),
    ("danger.body", "he said he'd put me in the ground"),
    ("danger.body", "she installed life360 on my phone while i slept"),
    ("danger.body", "he keeps driving past my friend's flat where i am staying"),
    # abuse.general
    ("abuse.general", "he backhanded me in the car"),
    ("abuse.general", "he threw a glass at my face"),
    ("abuse.general", "he stopped me from going to my mum's funeral"),
    ("abuse.general", "she tells everyone i am unstable"),
    ("abuse.general", "he smashed my laptop when i said no"),
    # the wider nets
    ("self_harm.net", "some nights i think about my death and feel calm"),
    ("self_harm.net", "i cannot face life anymore"),
    ("self_harm.net", "i want my head to switch off forever"),
    ("self_harm.net", "i know how i would do it"),
    ("self_harm.net", "i wish a bus would hit me"),
    ("self_harm.net", "been dreaming of drowning"),
    ("self_harm.net", "i keep a stash of sleeping pills"),
    ("self_harm.net", "no one would notice if i left for good"),
    ("danger.net", "he picked up a hammer and lunged at me"),
    ("danger.net", "she sat on my chest and i could not breathe"),
    ("danger.net", "he shoved me hard while i was carrying our baby"),
    ("danger.net", "he hid a camera in my car"),
    ("danger.net", "he tried to poison me"),
    ("danger.net", "he said if he can't have me nobody will"),
    ("danger.net", "i needed stitches after he threw me down"),
    ("abuse.net", "she spat on me in the kitchen"),
    ("abuse.net", "he hid my inhaler"),
    ("abuse.net", "he tells me i am so ugly"),
    ("abuse.net", "he made me quit my job"),
    ("abuse.net", "he threatened to post my photos if i go"),
    ("abuse.net", "i am not allowed to have friends over"),
    ("abuse.net", "he frightens me"),
    ("infidelity.net", "he is texting his ex in secret"),
    ("addiction.net", "she is hooked on sleeping tablets"),
    ("checked_out.net", "he stopped loving me"),
    # the last round
    ("self_harm.more", "i imagine my husband finding me"),
    ("self_harm.more", "i just want everything to end"),
    ("self_harm.more", "i am not afraid of death anymore"),
    ("self_harm.more", "i have been putting my affairs in order"),
    ("self_harm.more", "i need to cut tonight"),
    ("self_harm.more", "if i was not here they would all be fine"),
    ("self_harm.more", "so tired of struggling to stay alive"),
    ("danger.more", "she pinned me by the throat"),
    ("danger.more", "he swerved the car at me on purpose"),
    ("danger.more", "she said she could have me killed"),
    ("danger.more", "he fractured my cheekbone"),
    ("danger.more", "he forced my head into the sink full of water"),
    ("abuse.more", "he unplugged the landline so i could not call anyone"),
    ("abuse.more", "i have to transfer my wages to him every month"),
    ("abuse.more", "he threw boiling water over me"),
    ("abuse.more", "i am scared to fall asleep before he does"),
    ("infidelity.more", "found hotel bookings on her card"),
    ("addiction.more", "he is on the booze again"),
    ("checked_out.more", "she has been planning to leave since spring"),
    # the very last round
    ("self_harm.last", "i have the tablets lined up next to me"),
    ("self_harm.last", "it would be a relief for them if i was gone"),
    ("self_harm.last", "i want to vanish forever"),
    ("self_harm.last", "life is not worth living"),
    ("self_harm.last", "i almost went through with it"),
    ("self_harm.last", "been carving into my thighs"),
    ("danger.last", "she went for me with a screwdriver"),
    ("danger.last", "he stabbed me with a pen"),
    ("danger.last", "he is getting more violent"),
    ("danger.last", "he said he would bury me"),
    ("abuse.last", "i can not go out without his permission"),
    ("abuse.last", "he records my phone calls"),
    ("abuse.last", "she screams in my face"),
    ("infidelity.last", "he has a secret family"),
    ("addiction.last", "she bets the rent money on the horses"),
    ("checked_out.last", "he booked a moving van"),
    # the lexicon rules: a thought, plan or wish joined to any way of dying (implied subject allowed)
    ("self_harm.lexicon", "keep thinking about taking my own life"),
    ("self_harm.lexicon", "been researching overdosing"),
    ("self_harm.lexicon", "tempted to slit my wrists"),
    ("self_harm.lexicon", "considering suicide"),
    ("self_harm.lexicon", "nobody would even mourn me"),
    ("self_harm.lexicon", "they would be better off if i just went away"),
    ("self_harm.lexicon", "i was holding the razor again"),
    ("danger.lexicon", "he stood over me with a belt"),
    ("danger.lexicon", "she keeps turning up at my new place at night"),
    ("danger.lexicon", "he tried to force me off the road"),
    ("abuse.lexicon", "he controls who i talk to"),
    ("infidelity.lexicon", "she has slept with other men"),
    ("addiction.lexicon", "he is addicted to betting"),
    # guidance flags
    ("infidelity.general", "she has a guy on the side, i saw the texts"),
    ("addiction.general", "he is drunk by lunch most days"),
    ("checked_out.general", "she says she fell out of love with me"),
]


@pytest.mark.parametrize("rule_id,text", FIRES, ids=[f"{r}:{t[:30]}" for r, t in FIRES])
def test_general_rule_fires(rule_id, text):
    assert rule_id in {m.rule_id for m in rule_matches(text)}


QUIET = [
    # self_harm negatives: negation, figures of speech, away-for-a-while, someone else
    ("self_harm", "i don't want to die, i want things to be different"),
    ("self_harm", "i would never want to hurt myself"),
    ("self_harm", "i'm dying to get away for a weekend"),
    ("self_harm", "i could die of embarrassment"),
    ("self_harm", "i will be gone tomorrow for my sister's wedding"),
    ("self_harm", "i will not be here for dinner"),
    ("self_harm", "i cut myself chopping onions"),
    ("self_harm", "i burned myself on the oven"),
    ("self_harm", "i keep kicking myself for not saying it"),
    ("self_harm", "he took the whole bottle of wine to the party"),
    ("self_harm", "we looked down from the bridge at the boats"),
    ("self_harm", "the only way out of this argument is to talk"),
    # danger negatives
    ("danger", "i'm drowning in laundry and he doesn't help me"),
    ("danger", "i put my hands over my face and cried"),
    ("danger", "he made me laugh until i could not breathe"),
    ("danger", "i shared my location with him so he knew i got home"),
    ("danger", "he was waiting outside my work to surprise me with flowers"),
    ("danger", "if i forget the milk again she will kill me lol"),
    ("danger", "he drove past the school to drop the kids off"),
    # self_harm.signs negatives
    ("self_harm", "i went to my uncle's funeral and he didn't come"),
    ("self_harm", "the kids will be fine without me for one night"),
    ("self_harm", "i bought paracetamol for the baby's fever"),
    ("self_harm", "i deserve to be happy"),
    ("self_harm", "he hit me till i bled"),
    # wider-net negatives
    ("self_harm", "i nearly died laughing at his joke"),
    ("self_harm", "i could have died when he said that"),
    ("self_harm", "my dad died last spring and i still miss him"),
    ("self_harm", "i am dead on my feet after the night feeds"),
    ("self_harm", "i am tired of living like roommates"),
    ("self_harm", "i want to end it with him but i am scared"),
    ("self_harm", "i picked up his pills from the pharmacy"),
    ("self_harm", "i was thinking about jumping ship to a new job"),
    ("danger", "he hugged me so tight i could barely breathe, it was sweet"),
    ("danger", "he knows where i am because we share locations"),
    ("abuse", "he scared me when he jumped out from behind the door lol, i am not afraid of him"),
    ("abuse", "she kissed me goodnight"),
    ("addiction", "he is hooked on that new show"),
    ("infidelity", "he kissed me on the forehead and went to sleep"),
    # last-round negatives
    ("self_harm", "i just want this week to be over"),
    ("self_harm", "if i was not here to remind him nothing would get done"),
    ("self_harm", "i want to cut my hair short"),
    ("self_harm", "we walked into the sea on holiday and laughed"),
    ("self_harm", "i banged my head on the cupboard door"),
    ("danger", "he drove me to work because it was raining"),
    ("danger", "my friend broke her nose skiing"),
    ("abuse", "i took my meds and went to bed early"),
    ("abuse", "i had to hand over the keys to the landlord"),
    ("checked_out", "i do not see us together in ten years if nothing changes"),
    # very-last-round negatives
    ("self_harm", "i want to picture myself here in ten years and i can not"),
    ("self_harm", "i cut my hand on a glass"),
    ("self_harm", "i am planning my exit from this job"),
    ("danger", "he hit me with a pillow in a pillow fight"),
    ("danger", "he hit me with a question i could not answer"),
    ("addiction", "he gambled a fiver on the horses and won"),
    ("danger", "we watched a crime drama about a stalker"),
    # lexicon negatives
    ("self_harm", "i am not thinking of ending my life, just this argument"),
    ("self_harm", "i was thinking about jumping ship"),
    ("self_harm", "i am dying to see the film"),
    ("self_harm", "my plant died and i cried"),
    ("self_harm", "i will not be here tomorrow for dinner"),
    ("self_harm", "we stood at the edge of the cliff for a photo"),
    ("danger", "he stood over me with a cup of tea when i was ill"),
    # abuse negatives
    ("abuse", "he broke my heart when he said that"),
    ("abuse", "she broke my favourite mug by accident"),
    ("abuse", "i backhanded the ball over the net"),
    ("abuse", "i have to pick up the kids at three or he gets stressed"),
    ("abuse", "i have to give him my answer about the holiday by friday"),
    ("abuse", "my car broke down so i can not get to work"),
    # guidance negatives
    ("infidelity", "he got a second phone for work"),
    ("checked_out", "he is done trying to fix the boiler himself"),
    ("checked_out", "we are looking at houses closer to school"),
    ("addiction", "he had a gambling problem in his twenties, he's been clean a decade"),
]


@pytest.mark.parametrize("flag,text", QUIET, ids=[f"{f}:{t[:30]}" for f, t in QUIET])
def test_general_rules_stay_quiet(flag, text):
    assert flag not in rule_flags(text)


def test_dropped_apostrophes_before_a_verb():
    assert normalise("id rather be dead") == "i would rather be dead"
    assert normalise("ill never see them again") == "i will never see them again"
    assert normalise("he took my id card") == "he took my id card"
    assert normalise("i feel ill today") == "i feel ill today"


def test_cannot_stop_is_not_a_negation():
    assert "abuse" in rule_flags("he did not stop hitting me")
    assert "addiction" in rule_flags("he can't stop gambling")
    assert "abuse" not in rule_flags("he did not hit me")


def test_apostrophe_s_before_been_or_got_reads_as_has():
    assert normalise("he's been sober") == "he has been sober"
    assert normalise("she's got a new job") == "she has got a new job"
    assert normalise("he's tired") == "he is tired"


def test_a_past_strangulation_still_counts_and_a_past_addiction_does_not():
    assert "danger" in rule_flags("years ago he held a pillow over my face")
    assert "addiction" not in rule_flags("he drank in his twenties, sober a decade now")
