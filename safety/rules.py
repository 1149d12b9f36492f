"""The text-screening rule list: one reviewable file.

Each rule is (id, flag, pattern, guards, note). Patterns run on NORMALISED text (see
safety/screening.py): lower case, straight apostrophes, contractions expanded ("didn't" -> "did not",
"dont" -> "do not", "he's" -> "he is"), runs of three or more letters cut to two, and the common
misspellings in TYPOS corrected. Macros in braces are filled from MACROS before compiling.

Guards (all on by default; a rule can switch one off with guards={"past": False} and must say why):
- negation: a negating word ("not", "never", "no", "without", "hardly", "nobody", "no longer")
  in the four words before the match, inside the same clause, cancels it ("she has never laid a
  hand on me"). Hedges such as "not sure", "no idea", "do not know if" are not negations.
- third_party: a match that does not involve the writer (no "me", "my", "myself" in it) is
  cancelled when the sentence so far names someone else ("my sister's boyfriend drinks too much",
  "a friend says her husband is cheating") or the previous sentence did and this one goes on with
  "he" or "she". Stories from films, books and the news count as someone else's.
- past: a sentence that places the matter in a past that is over ("years ago", "in college",
  "sober for ten years", "it is over now", "before we met") cancels it, unless the same sentence
  says it is back ("again", "still", "relapsed", "but now he...").
- not_after: a rule may name words that make it a figure of speech when they come just before
  it ("the realization hit me").
- jest: (off by default) a sentence marked as a joke with "lol", "lmao", "haha" or "jk" cancels
  the match; on for the threat-to-kill rules, where "he'll kill me if I'm late lol" is a figure of speech.
- self: for rules about the partner's behaviour, "I" or "we" just before the match cancels it
  ("I drink too much" is not the partner's addiction).

Danger rules switch the past guard off: one past strangulation or a weapon used before is itself a
danger sign (DOMAIN.md, "Safety design facts"), however long ago.
"""

# Words that name the partner, used by a few rules that need a subject.
PARTNER = (
    r"(?:he|she|they|hubby|wifey|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|"
    r"fiancee|spouse|ex|other half|man|girl|guy|so))"
)
# Anything that can be a person: the partner words or a single name.
WHO = (
    r"(?:" + PARTNER[3:-1] + r"|(?!(?:i|we|you|it|this|that|there|everyone|everybody|people|nobody|"
    r"who|what|which|and|but|so)\b)[a-z]+)"
)
ME = r"(?:me|myself)"
# Optional adverbs people put between the words a rule looks for ("he is actually going to").
ADV = (
    r"(?:(?:\w+ly|just|even|still|really|actually|probably|definitely|totally|seriously|one day|someday|"
    r"eventually|finally|always|again|also|literally|kind of|sort of|going to|gonna) )*"
)
MACROS = {"P": PARTNER, "WHO": WHO, "ME": ME, "A": ADV}

# Common misspellings and phone typing, word for word (applied before the rules).
TYPOS = {
    "threatend": "threatened",
    "threatned": "threatened",
    "thretened": "threatened",
    "threated": "threatened",
    "threating": "threatening",
    "threatning": "threatening",
    "theatened": "threatened",
    "choaked": "choked",
    "choaking": "choking",
    "chocked": "choked",
    "strangeled": "strangled",
    "strangld": "strangled",
    "stangled": "strangled",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
    "sucidal": "suicidal",
    "suicidle": "suicidal",
    "suacidal": "suicidal",
    "kil": "kill",
    "kms": "kill myself",
    "unalive": "kill",
    "alchohol": "alcohol",
    "alcohal": "alcohol",
    "alcoholc": "alcoholic",
    "alchoholic": "alcoholic",
    "acoholic": "alcoholic",
    "alkie": "alcoholic",
    "drunkk": "drunk",
    "gamblng": "gambling",
    "gambleing": "gambling",
    "gamling": "gambling",
    "messgaes": "messages",
    "mesages": "messages",
    "messeges": "messages",
    "massages": "messages",
    "txts": "texts",
    "msgs": "messages",
    "passwrd": "password",
    "pasword": "password",
    "passwords": "passwords",
    "afriad": "afraid",
    "afaid": "afraid",
    "scard": "scared",
    "scarred": "scared",
    "terrifed": "terrified",
    "divorse": "divorce",
    "devorce": "divorce",
    "divorece": "divorce",
    "cheatin": "cheating",
    "cheeting": "cheating",
    "cheeted": "cheated",
    "afair": "affair",
    "affiar": "affair",
    "slaped": "slapped",
    "puched": "punched",
    "punchd": "punched",
    "kickd": "kicked",
    "shoves": "shoves",
    "shovd": "shoved",
    "pushd": "pushed",
    "hitt": "hit",
    "hitted": "hit",
    "wepon": "weapon",
    "knive": "knife",
    "followes": "follows",
    "tracker": "tracker",
    "anymore": "anymore",
    "any more": "anymore",
    "alot": "a lot",
    "u": "you",
    "ur": "your",
    "bc": "because",
    "cuz": "because",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "tho": "though",
    "thru": "through",
}

# (id, flag, pattern, guards, note)
RULES = [
    # --- danger: any one is urgent -------------------------------------------------------------
    (
        "danger.strangle",
        "danger",
        r"\b(?:chok(?:e|ed|es|ing)|strangl\w*|throttl\w*)\s+(?:me|my neck)\b(?! up)"
        r"|\b(?:chok|strangl)\w* (?:by|until|till)\b"
        r"|\bhands? (?:a?round|on|over) my (?:neck|throat)"
        r"|\b(?:grab\w*|squeez\w*|held|holds?|pinned|pins) (?:me )?by (?:my|the) (?:neck|throat)"
        r"|\bcould not breathe\b.{0,30}\b(?:his|her|their) (?:hands?|arm)"
        r"|\b(?:squeez\w*|grab\w*|press\w*|crush\w*|clamp\w*|held|hold\w*|wrapp?\w*|put \w+ hands?)\b.{0,25}\bmy (?:neck|throat|windpipe)\b"
        r"|\bmy (?:neck|throat)\b.{0,25}\b(?:squeez\w*|until i (?:could not breathe|passed out|blacked out|saw stars))",
        {"past": False},
        "strangulation or choking (past ones count: a danger sign however long ago)",
    ),
    (
        "danger.weapon",
        "danger",
        r"\b(?:pull\w*|held|holds?|point\w*|wav\w*|grab\w*|brandish\w*|came at me with|comes at me with|carry\w*|carries|"
        r"threaten\w*(?: me)? with|showed me|swung)\b.{0,25}\b(?:guns?|knife|knives|weapons?|rifle|"
        r"pistol|shotgun|blade|machete|bat)\b"
        r"|\b(?:guns?|rifle|pistol|shotgun|firearms?)\b.{0,25}\b(?:in the house|at home|in our (?:house|home|bedroom)|"
        r"in the (?:bedroom|car|drawer|closet|nightstand|safe)|under the bed|under (?:his|her) pillow)"
        r"|\b(?:has|have|owns?|keeps?|bought|got) (?:a |another |his |her |their )?(?:guns?|rifle|pistol|shotgun|firearms?)\b"
        r"|\b(?:knife|gun) to my\b",
        {"past": False},
        "a weapon used or threatened, or a gun in the home",
    ),
    (
        "danger.threat_to_kill",
        "danger",
        r"\bthreat\w* to (?:kill|murder|shoot|stab|end) (?:me|us|himself|herself|themself|themselves|the kids|the children|my)\b"
        r"|\b(?:said|says|told me|swore|swears|yelled|screamed) (?:that )?(?:he|she|they) (?:would|will|is going to|was going to|could) "
        r"(?:kill|murder|shoot|stab|end) (?:me|us)\b"
        r"|\b(?:he|she|they|my \w+) (?:is |are |was )?{A}(?:would|will|is going to|are going to|was going to|going to|wants to|want to|could|might|tried to) {A}(?:kill|murder|shoot|stab|strangle) (?:me|us)\b"
        r"|\bi (?:would|will) (?:be|end up) dead (?:if|when|before)\b|\b(?:never|not) (?:see|live to see) (?:another|next) (?:birthday|christmas|year)\b"
        r"|\b(?:burn|set fire to) (?:the|our) (?:house|home|flat|place)(?: down)? with (?:me|us|the kids) (?:in|inside)\b"
        r"|\bwants? me dead\b|\bi will end up dead\b|\bbury me\b.{0,20}\b(?:if|when)\b"
        r"|\b(?:kill|murder) (?:me|us) (?:if|when|before) i (?:leave|left|go|tell|try)",
        {"past": False, "jest": True},
        "threats to kill the person, the children or themselves",
    ),
    (
        "danger.could_kill",
        "danger",
        r"\b(?:think|believe|afraid|scared|terrified|worried|sure|feel like) (?:that )?(?:he|she|they|my \w+) "
        r"(?:could|might|will|would|is going to|is capable of|can) (?:kill|murder|seriously hurt|really hurt) me\b"
        r"|\b(?:fear|afraid|scared|terrified|worried) for my life\b"
        r"|\bgoing to (?:die|end up dead) (?:if|because of)\b"
        r"|\bcapable of killing me\b"
        r"|\b(?:never|not) (?:leave|get out of|walk out of|make it out of) (?:this |the |that )?(?:house |home |room |place |here |marriage )?alive\b",
        {"past": False},
        "believing the partner could kill them",
    ),
    (
        "danger.escalation",
        "danger",
        r"\b(?:violen\w*|hitting|hits|beatings?|attacks?|pushing|shoving|rough|physical|slapping)\b.{0,35}"
        r"\b(?:getting worse|worse (?:and worse|every|each|than)|more often|escalat\w*|more frequent\w*|"
        r"every (?:week|day) now|more and more|harder)\b"
        r"|\bescalat\w*\b.{0,30}\b(?:violen\w*|physical|hitting|hits|shoving|pushing)\b"
        r"|\b(?:violen\w*|hitting|hits|punch\w*|push\w*|shov\w*|slap\w*|beating\w*|physical)\b.{0,45}\b(?:happening more|more often|turned into|has become|became|is becoming|getting more)\b"
        r"|\b(?:turned|escalated|gone|went|moved) (?:into|to|on to|from \w+ to) (?:hitting|punching|choking|kicking|beating|slapping)\b"
        r"|\b(?:first time|never done that before)\b.{0,30}\b(?:hit|slapped|punched|pushed|shoved|kicked)\b"
        r"|\b(?:getting|got|gets|gotten|is getting) (?:worse|more violent|more physical|more dangerous|scarier)\b.{0,60}\b(?:hit|slapp\w*|punch\w*|shov\w*|push\w*|kick\w*|chok\w*|belt|grabb\w*|threw)\b",
        {"past": False},
        "violence that is getting worse or more frequent",
    ),
    (
        "danger.stalking",
        "danger",
        r"\b(?:follows|followed|following|stalk\w*|tails|tailed) me\b(?! on\b)(?! back\b)"
        r"|\bstalk\w*\b"
        r"|\btrack\w* (?:me|my (?:phone|location|car|every|movements))\b"
        r"|\b(?:gps|air ?tag|tracker|tracking app|find my (?:iphone|phone|friends))\b.{0,30}\b(?:my|me)\b"
        r"|\b(?:my|on me)\b.{0,20}\b(?:gps|air ?tag|tracker|tracking app)\b"
        r"|\b(?:always|somehow) knows where i (?:am|was|go)\b"
        r"|\bshow\w* up at my (?:work|job|office|friend|mum|mom|parents|school|gym)"
        r"|\b(?:waits|waiting|waited|parked|turns up|turned up|turning up|shows up|showed up|keeps turning up|keeps showing up) (?:outside|at) (?:my|the) (?:work|job|office|house|flat|home|door|school|gym|place|friend|mum|mom|parents)\b"
        r"(?![^\n]{0,25}\b(?:to (?:surprise|pick me up|collect me|give me a lift|drive me)|with (?:flowers|coffee|lunch|a gift)))"
        r"|\b(?:checks|checking|watches|watching) my location\b",
        {"past": False},
        "stalking, following or tracking",
    ),
    (
        "danger.pregnancy",
        "danger",
        r"\b(?:pregnant|pregnancy|my bump|my belly)\b.{0,40}\b(?:hit|hurt|push\w*|kick\w*|punch\w*|shov\w*|slap\w*|threat\w*|choke\w*)\b"
        r"|\b(?:hit|hurt|push\w*|kick\w*|punch\w*|shov\w*|slap\w*|threat\w*)\b.{0,40}\b(?:while|when|though) i (?:was|am) pregnant\b"
        r"|\b(?:punch\w*|kick\w*|hit) (?:me )?in (?:my|the) (?:belly|stomach|bump)\b.{0,30}\bpregnan",
        {"past": False},
        "violence during pregnancy",
    ),
    (
        "danger.children",
        "danger",
        r"\bthreat\w* to (?:hurt|harm|kill|hit|take it out on|beat) (?:the|our|my) (?:kids|children|son|daughter|baby|boy|girl)\b"
        r"|\b(?:hurt|harm|hit|beat|choked|shoved|kicked|punched) (?:the|our|my) (?:kids|children|son|daughter|baby)\b"
        r"|\b(?:will|would|is going to) (?:hurt|harm) (?:the|our|my) (?:kids|children|son|daughter|baby)\b",
        {"past": False, "third_party": False},
        "threats to or violence against the children (the children named are the writer's)",
    ),
    (
        "danger.leaving_threat",
        "danger",
        r"\bif i (?:ever )?(?:leave|left|try to leave|tried to leave|go)\b.{0,35}\b(?:kill|hurt|find me|hunt me|make me pay|regret|never see|destroy)\b"
        r"|\b(?:will|would) never let me (?:leave|go)\b"
        r"|\block\w* me in\b",
        {"past": False},
        "threats tied to leaving a controlling partner, or being locked in",
    ),
    # --- self-harm: always urgent --------------------------------------------------------------
    (
        "self_harm.suicide",
        "self_harm",
        r"\bsuicid\w*"
        r"|\bkill(?:ing)? myself\b(?! (?:to|trying|for|over|at|with|laughing)\b)"
        r"|\bend(?:ing)? (?:my life|it all|my own life|things for good)\b"
        r"|\btake my (?:own )?life\b"
        r"|\b(?:do not|not) want to (?:live|be alive|be here anymore|wake up|exist|go on)\b"
        r"|\bwant(?:ed)? to (?:die|disappear forever|not exist|not be here)\b(?! of\b)"
        r"|\bwish i (?:was|were|could be) dead\b|\bwish i (?:had never been born|would not wake up|could disappear forever)\b"
        r"|\bbetter off (?:dead|without me)\b|\b(?:nobody|no one) would (?:miss|notice) (?:me|if i)\b"
        r"|\bno (?:reason|point) (?:to|in) (?:go on )?(?:live|living|being alive|going on|carry on|carrying on)\b"
        r"|\bnot worth living\b|\bcan not go on\b(?! like)"
        r"|\bsleep and (?:never|not) wake up\b"
        r"|\b(?:hop\w*|wish\w*|want\w*|pray\w*) (?:that )?i (?:would |will |do |did |could )?(?:not|never) wake up\b"
        r"|\bwish i could (?:just )?(?:disappear|vanish|stop existing|not exist|sleep forever|fall asleep forever)\b"
        r"|\bbetter off (?:if i (?:was|were|am|died|was gone|were gone|did not exist)|with me (?:gone|dead))\b"
        r"|\b(?:nobody|no one) would (?:even |ever |really )?(?:miss|notice|care)\b.{0,20}\b(?:gone|dead|died|disappeared|was not here)\b"
        r"|\b(?:tired|sick) of (?:living(?! (?:like|with|in|under|on|from|paycheck|as))|being alive|life itself)\b|\bwhat is the point (?:of|in) (?:living|being alive|going on)\b"
        r"|\b(?:took|take|taking|swallowed) (?:a handful of|all (?:my|the|of my)|a bunch of|a whole (?:bottle|box) of) (?:pills|tablets|meds|sleeping pills|painkillers)\b"
        r"|\b(?:thoughts|thinking|thought) (?:of|about) (?:hurting|harming|killing|ending) (?:myself|my life|it all)\b"
        r"|\b(?:plan|plans|planning|planned) (?:how )?to (?:kill myself|end (?:it|my life|things))\b"
        r"|\bwant (?:it all|everything) to (?:stop|end) for good\b"
        r"|\b(?:do not|not) (?:think i )?(?:want|wish) to (?:be here|be alive|live|keep going|exist)(?: anymore)?\b"
        r"|\b(?:ways|how|methods?) to (?:die|kill myself|end (?:it|my life)|overdose)\b"
        r"|\b(?:drive|driving|drove|crash\w*|steer\w*) (?:the car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|river|cliff|oncoming|a truck|traffic|road|embankment|lake|motorway|highway|barrier|lorry|truck)\b"
        r"|\b(?:if i (?:died|was gone|were gone|disappeared))\b.{0,30}\b(?:nobody|no one|would not|care|notice|miss|better)\b"
        r"|\b(?:wrote|writing|write|left|leave) (?:a |my )?(?:goodbye |suicide |last )?(?:note|letter|letters)\b.{0,40}\b(?:in case|when i am gone|if i am (?:not here|gone)|goodbye|for after)\b"
        r"|\b(?:giving|gave|give) away my (?:things|stuff|belongings)\b|\bsaying goodbye to (?:everyone|people)\b"
        r"|\b(?:no|not see the|not see any|lost the|is there a|what is the|there is no) point (?:in|of|to) (?:living|life|being alive|being here|going on|waking up|any of it)\b"
        r"|\bwish i (?:was|were|had) (?:not|never) (?:alive|here|born|been born|woken up)\b"
        r"|\b(?:want|wanted|wish|need|needed) to (?:just )?(?:disappear|vanish|not exist|stop existing|not be here|be gone)\b(?! (?:to|into|for|on|somewhere|from|under|behind|in|off)\b)"
        r"|\b(?:done|finished) with (?:life|living|being alive|existing)\b",
        {},
        "thoughts of suicide or not wanting to be alive",
    ),
    (
        "self_harm.hurt_self",
        "self_harm",
        r"\b(?:hurt|harm|cut|cutting|burn|burning|burned) myself\b(?! (?:on|with the|while|cooking|shaving|chopping|slicing|gardening|opening|by accident|accidentally)\b)"
        r"|\bself[- ]?harm\w*"
        r"|\b(?:started|start|been|keep|kept|began|begun) (?:cutting|burning|hurting)(?: myself)?(?: again)?\b(?! (?:back|down|corners|costs|out|the|my|our|ties|it|him|her|them|in|up|class|school|work)\b)"
        r"|\bcutting again\b|\brelaps\w* (?:on|into) (?:cutting|self)"
        r"|\b(?:overdos\w*|take all (?:my|the) pills|hang myself|jump off)\b",
        {},
        "hurting oneself",
    ),
    # --- abuse: coercive control, threats, violence, fear --------------------------------------
    (
        "abuse.physical",
        "abuse",
        r"\b(?:hit|hits|hitting|punch\w*|slap\w*|kick(?:s|ed|ing)?|shov\w*|beat|beats|beating|bit|bites|spat on|spits on|smack\w*|headbutt\w*|elbow\w*) me\b(?! (?:up|out|at|in (?:chess|cards|a)|back)\b)"
        r"|\b(?:push(?:ed|es|ing)?|threw) me\b(?! (?:to|into|away|a|off guard)\b)"
        r"|\b(?:grab\w*|yank\w*|twist\w*|pull\w*) (?:me by|my (?:arm|arms|wrist|wrists|hair|face|jaw|throat))\b(?! (?:to|into)\b )"
        r"|\b(?:laid|lays|lay|put|puts|putting) (?:a |his |her |their )?hands? on me\b"
        r"|\braise\w* (?:a |his |her |their )?(?:hand|fist) (?:to|at) me\b"
        r"|\bthr(?:ew|ows|owing) (?:a |the |his |her |my )?\w+ at me\b"
        r"|\b(?:left|leaves|gave me) (?:a )?(?:bruises?|marks?|black eye|a black eye)\b|\bbruises on my\b"
        r"|\bdrag(?:s|ged|ging)? me\b|\bpin(?:s|ned|ning)? me (?:down|against|to)\b|\bgot physical\b|\bhurt me physically\b",
        {
            "not_after": r"\b(?:it|that|this|reality|reali[sz]ation|truth|news|thought|idea|wave|ball|car|door|branch|feeling|grief|sadness|tiredness|exhaustion|all)\s*$"
        },
        "physical violence against the writer (not 'it hit me', 'the realization hit me')",
    ),
    (
        "abuse.sexual",
        "abuse",
        r"\b(?:forc\w*|pressur\w*|coerc\w*|made) me (?:to )?(?:have sex|into sex|do sexual|sleep with|do things in bed)"
        r"|\braped?\b|\bsexual(?:ly)? assault\w*|\bforced (?:himself|herself|themself) on me\b"
        r"|\b(?:would not|did not|does not|will not) (?:stop|take no)\b.{0,25}\b(?:said no|i said stop|sex)\b"
        r"|\bsex (?:when|even though|although) i (?:said no|did not want|do not want|was asleep)\b",
        {},
        "sexual violence or coercion",
    ),
    (
        "abuse.threats",
        "abuse",
        r"\bthreat\w* (?:me|to (?:hurt|harm|hit|beat|ruin|destroy|expose|throw me out|kick me out|leave me with nothing|take (?:the|my|our) (?:kids|children|money|car|house)|tell everyone|have me|report me|call immigration|out me|post))"
        r"|\bintimidat\w*"
        r"|\b(?:punch\w*|kick\w*|smash\w*|put (?:his|her|a) fist through)\b.{0,20}\b(?:wall|walls|door|doors|window|windows)\b"
        r"|\b(?:smash\w*|broke|breaks|destroy\w*|throws|threw) (?:my|our|the) (?:phone|things|stuff|plates|dishes|laptop|door)\b"
        r"|\bblocks? the door\b|\bblocked (?:the|my) (?:door|way)\b|\bcornered me\b"
        r"|\bi(?: will| would)? never see (?:the|my|our) (?:kids|children) again\b",
        {},
        "threats and intimidation",
    ),
    (
        "abuse.fear",
        "abuse",
        r"\b(?:scared|afraid|terrified|frightened|fearful) (?:of|around) (?:him|her|them|my (?:husband|wife|partner|boyfriend|girlfriend|ex|spouse|fiance|fiancee)|what (?:he|she|they) (?:will|would|might|could) do)\b"
        r"|\b(?:scared|afraid|terrified|frightened) to (?:go home|be home|come home|tell (?:him|her|them)|say no|disagree|ask (?:him|her|them)|be alone with)\b"
        r"|\b(?:afraid|scared|terrified|frightened|nervous) (?:of )?(?:setting|set) (?:him|her|them) off\b|\bnot to set (?:him|her|them) off\b"
        r"|\bwalk\w* on eggshells\b|\bfear (?:him|her|them)\b|\bi flinch\b|\bflinch when (?:he|she|they)\b",
        {},
        "fear of the partner",
    ),
    (
        "abuse.control_money",
        "abuse",
        r"\b(?:have|had|need|needs) to ask (?:him |her |them |my (?:husband|wife|partner|boyfriend|girlfriend|spouse) )?(?:for|before spending|before i spend|permission to spend|to spend) (?:any |some )?(?:money|cash|a dollar|a pound|anything)"
        r"|\b(?:controls|takes|took|keeps|kept|holds|has taken|took away) (?:all |all of )?(?:my|our|the) (?:money|paycheck|paycheque|pay|wages|salary|cards?|bank cards?|credit cards?|debit cards?|finances|bank account|savings)\b"
        r"|\b(?:gives|give) me an allowance\b|\bon an allowance\b"
        r"|\b(?:will not|does not|would not|never) let me (?:have|use|see|touch|access|open) (?:any |my own |our |a |the )?(?:money|bank|account|bank account|cards?|finances|credit card)\b"
        r"|\b(?:checks?|checking|goes through|monitors?|reads?|controls?) (?:every|all my|all of my|my) (?:bank|statements?|receipts?|spending|purchases?|accounts?)\b"
        r"|\b(?:makes?|made|forces?|forced) me (?:to )?(?:ask|account for|justify|explain|beg)\b.{0,30}\b(?:money|spend|spending|penny|pennies|cent|dollar|receipts?|purchases?|pay)\b"
        r"|\bnot allowed (?:to have|any) (?:my own )?(?:money|bank account|card)\b",
        {},
        "financial control",
    ),
    (
        "abuse.control_phone",
        "abuse",
        r"\b(?:reads?|reading|checks?|checking|goes through|going through|went through|looks through|scrolls through|monitors?|monitoring) (?:all )?(?:of )?my (?:messages|texts|text messages|phone|emails?|email|dms|chats|whatsapp|calls|call log|browser history)\b"
        r"|\b(?:demands?|demanded|made me give|makes me give|has|knows|wants|took|takes|changed) (?:him |her |them )?(?:all )?(?:my |of my )(?:passwords?|passcodes?|phone codes?|pin)\b"
        r"|\b(?:took|takes|grabbed|grabs|hid|hides|smashed|broke|breaks|confiscat\w*) my phone\b"
        r"|\b(?:installed|put|puts) (?:an app|something|spyware|a tracker|a tracking app|stalkerware) on my (?:phone|laptop|car|computer)\b"
        r"|\b(?:will not|does not|would not|never) let me (?:use|have|keep|touch) my (?:own )?phone\b"
        r"|\bmakes? me (?:show|hand over) (?:him |her |them )?my phone\b"
        r"|\b(?:reads?|reading|checks?|checking|goes through|scrolls through|monitors?) (?:every|each|all the|all of the) (?:message|messages|text|texts|email|emails|call|chat)\b.{0,20}\b(?:my|i|me)\b"
        r"|\b(?:makes?|made|forces?|forced|wants?) me (?:to )?(?:share|turn on|keep on) (?:my )?(?:location|live location|find my)\b"
        r"|\b(?:took|takes|taken|grabbed|snatched|hid|hides) (?:away )?my (?:phone|laptop|sim|charger)\b",
        {},
        "monitoring of phone, messages or passwords",
    ),
    (
        "abuse.control_isolation",
        "abuse",
        r"\b(?:will not|does not|would not|never|did not|do not) (?:let|allow) me (?:to )?(?:see|go out|go|leave|talk to|visit|call|work|have friends|drive|wear|get a job|out of (?:the house|his sight|her sight))\b"
        r"|\bi (?:am|was) not allowed to (?:see|go|leave|talk|visit|call|work|have friends|drive|wear|get a job)\b"
        r"|\b(?:cut|cuts|cutting) me off from\b|\bisolat\w* me\b|\bkeeps? me (?:from|away from) (?:my|seeing)\b"
        r"|\b(?:have|had|need) to ask (?:his |her |their )?permission\b|\bneed (?:his|her|their) permission (?:to|for|before)\b"
        r"|\b(?:have|had) to (?:tell|text|report to) (?:him|her|them) where i (?:am|go|was)\b"
        r"|\b(?:hid|hides|hidden|hiding|took|taken|takes|taking|kept|keeps|keeping|confiscat\w*|steals?|stole|stolen) (?:away )?(?:my|the) (?:car )?keys\b"
        r"|\b(?:hid|hides|hidden|took|taken|takes|kept|keeps|keeping|confiscat\w*|stole|stolen) (?:away )?my (?:car|passport|id|documents|papers|visa)\b"
        r"|\blocked me out\b|\b(?:times|timed) (?:me|my trips|how long)\b.{0,20}\b(?:shop|store|out|gone)\b",
        {},
        "isolation and control of movement",
    ),
    (
        "abuse.degrading",
        "abuse",
        r"\bcall(?:s|ed|ing)? me (?:a |an )?(?:\w+ )?(?:names|stupid|worthless|useless|pathetic|ugly|fat|disgusting|a (?:bitch|whore|slut|idiot|loser|failure|retard|cow|pig)|an idiot)\b"
        r"|\b(?:humiliat\w*|belittl\w*|degrad\w*|demean\w*) me\b|\bputs me down in front of\b"
        r"|\bgaslight\w*|\btells? me i am (?:crazy|imagining (?:it|things)|worthless|nothing|stupid|useless)\b"
        r"|\b(?:screams|yells|shouts|screaming|yelling|shouting|swears|swearing) at me\b.{0,25}\b(?:every|all the time|constantly|daily|for hours|in front of)\b"
        r"|\b(?:always|constantly) (?:screaming|yelling|shouting|swearing) at me\b"
        r"|\bcontrols? (?:everything|what i (?:wear|eat|do|say|spend))\b|\btells? me what (?:to wear|i can wear|i can eat)\b"
        r"|\b(?:no one|nobody) (?:else )?(?:would|will|could) (?:ever )?(?:want|love|put up with|believe) me\b"
        r"|\b(?:lucky|grateful) (?:he|she|they) (?:stays|stayed|puts up with me|married me)\b"
        r"|\bpunish\w* me\b|\b(?:emotional(?:ly)?|verbal(?:ly)?|psychological(?:ly)?|financial(?:ly)?|physical(?:ly)?) abus\w*"
        r"|\b(?:abusive|abuses me|abusing me|abused me)\b|\bdomestic (?:violence|abuse)\b|\bcoercive control\b",
        {},
        "insults, humiliation, named abuse",
    ),
    # --- infidelity ----------------------------------------------------------------------------
    (
        "infidelity.affair",
        "infidelity",
        r"\b(?:an|the|his|her|their|my|this|emotional) affairs?\b"
        r"|\bcheat(?:ing|ed|s)?\b(?! (?:at|in)\b)(?! on (?:a|the|his|her|my|their|your) (?:diet|test|exam|game|taxes|homework|quiz))(?! death)"
        r"|\bunfaithful\b|\binfidelity\b|\b(?:the )?other (?:woman|man)\b"
        r"|\b(?:sleeping|slept|sleeps|hooking up|hooked up|hooks up) with (?:someone|somebody|another|other|her|him|a|an|his|her|my|one of|some)\b"
        r"|\b(?:slept|sleeping|sleep|sleeps) together\b|\b(?:texting|messaging|sexting|meeting up with) (?:another|other|some other) (?:woman|man|girl|guy|women|men)\b"
        r"|\b(?:seeing|dating|meeting|texting|talking to) (?:someone|somebody|some (?:guy|girl|woman|man)|another (?:guy|girl|woman|man))\b.{0,25}\b(?:behind my back|in secret|secretly|together|romantic\w*|sleeping|slept)\b"
        r"|\b(?:seeing|dating|with) someone else\b|\bin love with (?:someone|somebody) else\b"
        r"|\b(?:tinder|bumble|hinge|grindr|dating apps?|dating profile)\b"
        r"|\b(?:sexting|flirty (?:texts|messages)|nudes?)\b.{0,30}\b(?:someone|another|other|her|him|a)\b",
        {},
        "an affair, by either partner",
    ),
    # --- addiction (the partner's) -------------------------------------------------------------
    (
        "addiction.alcohol",
        "addiction",
        r"\b(?:drinks|drinking|drank|boozing|boozes)\b(?: \w+)?\b(?: (?:too much|every (?:night|day|evening)|all (?:day|night|weekend)|again|heavily|a lot|until|till|himself|herself|themself|in secret|before work|in the morning|each night|most nights|daily|constantly|non-?stop))"
        r"|\b(?:drunk|wasted|hammered|plastered)\b(?: \w+)? (?:again|every (?:night|day)|all the time|most nights|daily|each night|by noon|in the morning|before dinner)\b"
        r"|\b(?:came|comes|got|gets) home (?:drunk|wasted|hammered)\b"
        r"|\b(?:his|her|their|my (?:husband|wife|partner|boyfriend|girlfriend)'s) drinking\b"
        r"|\balcoholic\b|\b(?:alcohol|drinking|booze) (?:problem|issue|addiction)\b|\baddicted to (?:alcohol|booze|drinking)\b"
        r"|\b(?:hides?|hid|hidden|hiding) (?:bottles|alcohol|booze|vodka|wine|beer|cans)\b|\bblack(?:ed|s)? out (?:drunk|again)\b"
        r"|\b(?:a |another )?bottle of (?:wine|vodka|whiskey|whisky|gin|rum) (?:a|every|each) (?:night|day)\b",
        {},
        "the partner's drinking problem",
    ),
    (
        "addiction.drugs",
        "addiction",
        r"\b(?:using|on|doing|taking|snorting|smoking|shooting) (?:drugs|meth|coke|cocaine|heroin|crack|opioids|oxy|pills|fentanyl|ketamine|speed)\b(?! (?:for|from the doctor|prescribed)\b)"
        r"|\b(?:high|stoned) (?:again|all the time|every (?:day|night)|most (?:days|nights)|constantly|at work|in front of the kids)\b"
        r"|\b(?:his|her|their) (?:drug|pill|coke|meth|opioid|weed|cannabis) (?:use|habit|problem|addiction|dealer)\b"
        r"|\baddict\b|\bdrug (?:problem|addiction|habit)\b"
        r"|\baddicted to (?:pills|drugs|painkillers|opioids|coke|cocaine|meth|heroin|weed|crack|ketamine)\b"
        r"|\b(?:is|are|was|started|been|back to|keeps) using (?:again|every day|daily|behind my back)\b"
        r"|\bsmok\w* weed (?:all day|every day|constantly|every night|from morning)\b|\brelaps\w*\b",
        {},
        "the partner's drug use",
    ),
    (
        "addiction.gambling",
        "addiction",
        r"\bgambl\w*\b(?! (?:on (?:a|the|whether|if)|with (?:my|our) (?:heart|feelings)|that|it|a (?:fiver|tenner|quid|few (?:quid|bucks|dollars|pounds)|little|bit))\b)"
        r"|\b(?:betting|bets) (?:app|apps|sites?|account|all|our|the rent|again|every)\b|\bsports betting\b"
        r"|\blost (?:our|the|all|his|her|my) (?:savings|rent|money|paycheck|wages)\b.{0,20}\b(?:on|at|betting|bets|casino|poker|slots|pokies)\b"
        r"|\b(?:casino|pokies|slot machines|slots|poker machines)\b.{0,25}\b(?:every|again|all night|all weekend|instead)\b",
        {},
        "the partner's gambling",
    ),
    # --- a partner who has checked out -----------------------------------------------------------
    (
        "checked_out.decided",
        "checked_out",
        r"\b(?:wants?|wanted|asked for|asking for|mentioned|brought up|filed for|filing for|talking about|talked about|is getting|wants to get) (?:a )?(?:divorce|separation)\b"
        r"|\b(?:divorce|separation) papers\b|\b(?:divorce|family) lawyer\b"
        r"|\b(?:is|was|has been) (?:leaving|moving out|going to leave|going to move out|planning to leave)\b(?! (?:for|to go|the house for|work|early|late)\b)"
        r"|\b(?:said|says|told me|decided|has decided|made up (?:his|her|their) mind|wants) (?:that )?(?:he|she|they|it)? ?(?:is|are|was|were)? ?(?:done|leaving|moving out|over|going to leave)\b"
        r"|\b(?:do|does) not love me (?:anymore|now)\b|\b(?:is|are) not in love with me\b|\bfell out of love\b|\bfallen out of love\b"
        r"|\b(?:do|does) not want (?:to be married|this marriage|to be with me|me anymore|us anymore|this anymore|to try anymore)\b"
        r"|\b(?:checked out|one foot out the door|mind is made up|has given up on us|given up on (?:us|the marriage|the relationship))\b(?! (?:of|a|an|the|some|this|that|books?)\b (?:hotel|library|book|movie|store|shop|place|restaurant|film))(?! of (?:the|that|this|our|a) (?:conversation|chat|talk|argument|row|discussion|meeting|call|film|movie|show)\b)"
        r"|\blooking at (?:apartments|flats|places|houses)\b.{0,25}\b(?:without me|for (?:himself|herself|themself)|alone|on (?:his|her) own)\b"
        r"|\bno longer (?:wants|loves|in love with) (?:me|us|this)\b|\bwants out\b"
        r"|\b(?:wants?|wanted|decided|plans?|planning|going) to (?:separate|split up|break up|end (?:it|the marriage|things|us|the relationship)|leave (?:me|us|the marriage|after|when|in|by|at the end))\b"
        r"|\b(?:says|said|told me|thinks) (?:that )?(?:we are|we were|it is|it was|the marriage is|our marriage is|we are) (?:finished|over|through|done)\b"
        r"|\bmade up (?:his|her|their) mind (?:to leave|to go|about leaving|that)\b",
        {},
        "a partner who has decided or is leaving",
    ),
]

# --- broad nets --------------------------------------------------------------------------------
# Four held-out rounds showed phrase rules reach 20-67% recall on phrasings they were not written
# for. These rules trade some precision for recall on the urgent flags and abuse: a concept word
# and a person in the same sentence, with the usual guards and a list of figures of speech.
BROAD_RULES = [
    (
        "danger.broad",
        "danger",
        r"\b(?:(?:he|she|they|him|her|them|his|their)\b(?=[^\n]*\b(?:me|my|i|we|us)\b)"
        r"|my (?:husband|wife|partner|boyfriend|girlfriend|ex|spouse|fiance|fiancee)\b)[^\n]{0,60}?"
        r"\b(?:guns?|pistol|rifle|shotgun|knife|knives|weapons?|blade|my body|(?:i am|i will be|i would be) dead(?! (?:wrong|right|serious|set|tired|on|to (?:him|her|them)))|"
        r"bullets?|ammo|ammunition|me dead|morgue|body bag|coffin|kill|murder|shoot|stab|strangl\w*|chok(?:e|ed|es|ing)(?! on| up)|my throat|my neck|stalk\w*|wherever i (?:am|go))\b"
        r"(?! (?:for|it|time|up|at a|a photo|a video)\b)",
        {
            "past": False,
            "jest": True,
            "not_after": r"\b(?:butter|bread|pocket|kitchen drawer for|dead)\s*$",
        },
        "a partner and a lethal concept in one sentence about the writer",
    ),
    (
        "self_harm.broad",
        "self_harm",
        r"\bi\b(?: (?!not\b|never\b)\w+){0,4} (?:(?:be dead|die)\b(?! (?:of|laughing|to know|for|tired|inside|on my feet|down|out|off)\b)"
        r"|(?:be gone|not be here)\b(?! (?:of|for|tomorrow|today|tonight|next|this|that|on|from|in|by|when|before|after|till|until|at|over|all|with|most|much|down|out|off)\b))"
        r"|\b(?:not waking up|never waking up|not wake up|kill myself|end it all|ending it all|better off (?:dead|gone)|overdos\w*|"
        r"jump\w* (?:in front of|off (?:a|the) (?:bridge|roof|building|cliff)|from (?:a|the) (?:bridge|roof|building))|"
        r"cut (?:my|myself)(?: \w+)? (?:arms?|wrists?|legs?|thighs?)|(?:enough|how many|saved up|stockpil\w*) (?:of )?(?:my |the )?(?:pills|tablets|meds)|(?:pills|tablets|meds) (?:saved|stockpiled|hidden) (?:up|away))\b"
        r"|\b(?:ending|end) (?:things|everything),? (?:for good|forever|permanently)\b",
        {},
        "first-person words about dying or self-harm",
    ),
    (
        "abuse.broad",
        "abuse",
        r"\b(?:makes?|made|forces?|forced) me (?:to )?(?:prove|report|send (?:him|her|them) (?:photos|pictures|proof)|account for|check in)\b"
        r"|\b(?:scared|afraid|frightened|terrified) to (?:say|speak|do|tell|disagree|argue|answer back|ask for)\b(?! (?:no more|it)\b)"
        r"|\b(?:deleted|blocked|removed) (?:all )?(?:of )?my (?:friends|contacts|numbers|family)\b"
        r"|\b(?:says|said|told me|tells me) (?:that )?i (?:can not|am not allowed to|must not|may not) (?:see|talk|go|visit|call|have|work|leave|text|phone)\b"
        r"|\bbeg (?:him |her |them )?for (?:money|cash|food)\b|\b(?:tracks|tracking|counts) every (?:penny|cent|dollar|pound)\b",
        {},
        "control and fear phrased in other ways",
    ),
    (
        "infidelity.broad",
        "infidelity",
        r"\b(?:a fling|an affair|affairs|dating sites?|hook-?ups?|secret (?:girlfriend|boyfriend|relationship))\b",
        {},
        "more words for an affair",
    ),
    (
        "addiction.broad",
        "addiction",
        r"\b(?:blew|blown|lost|spent|gambled) (?:all )?(?:our|the|his|her) (?:savings|money|wages|rent)\b[^\n]{0,25}\b(?:casino|pokies|slots|betting|bets|poker|horses)\b"
        r"|\b(?:can not|could not|never) (?:get through|go) (?:a|one) (?:day|night|evening) without (?:a )?(?:drink|drinking|using|a bet|gambling|getting high)\b",
        {},
        "more ways of describing addiction",
    ),
    (
        "checked_out.broad",
        "checked_out",
        r"\b(?:end|ending|ended) (?:our|the|this) (?:marriage|relationship)\b"
        r"|\b(?:not|no longer) (?:see|want|have) (?:a|any) future (?:with me|together|for us)\b"
        r"|\b(?:will not|is not going to|not) (?:come|coming) back\b"
        r"|\b(?:signed|signing|found|rented) (?:a )?(?:lease|flat|apartment|place)\b[^\n]{0,25}\b(?:for (?:himself|herself|themself)|on (?:his|her|their) own|alone|without me)\b",
        {},
        "more ways of saying they have decided",
    ),
]

# --- general constructions ------------------------------------------------------------------------
# Written after round six (tests/safety/examples_round6.py) from its misses, as CONSTRUCTIONS rather
# than phrases: a first-person subject (said or implied after "just" / "want to") with a lexicon of
# ceasing, disappearing or hurting oneself; method words with rumination; a partner with the body,
# breath or a threat in an "if I ..." clause; coercion phrased as "I have to ... or he ...".
# For self_harm the guards are loose on purpose: a false alarm shows a calm banner the person can
# dismiss, a miss leaves someone alone.
_AWAY_ONLY = (
    r"(?! (?:for|tomorrow|today|tonight|next|this|that|on|from|in|into|by|when|before|after|till|until|at(?! all)|over|all|with|"
    r"somewhere|to|most|much|under|behind|off)\b)"
)
_CEASE = (
    r"(?:(?:die|be dead|not (?:wake|waking) up|never wake up|stop (?:existing|living|breathing)|not exist|cease to exist|"
    r"(?:fall )?a?sleep forever|go to sleep forever|end it all|end(?:ing)? everything|end my life|kill myself|hurt myself|"
    r"not feel anything ever again|(?:get |be )?out of (?:this )?life|(?:the |this |my )?pain to (?:stop|end) (?:forever|for good|permanently))"
    r"(?! (?:of|laughing|for|over|trying|to the world|on (?:stage|the)|tired|inside|wrong|serious|on my feet)\b)"
    r"|(?:not be (?:here|around|alive)|disappear|vanish|be gone)" + _AWAY_ONLY + r")"
)
# What a self-harm thought is about (gerunds and bare verbs), for self_harm.lexicon.
_SH_OBJECTS = (
    r"(?:die|dying(?! (?:to|of|laughing|inside))|death|being dead|be dead|kill(?:ing)? myself|tak(?:e|ing) my (?:own )?life|"
    r"end(?:ing)? (?:my life|it all|everything|my own life)|(?:not|stop|stopping) (?:existing|being here|being alive|living|breathing|"
    r"waking up)|not exist|not be (?:here|alive|around)|hurt(?:ing)? myself|harm(?:ing)? myself|cut(?:ting)? (?:myself|again|deeper)|"
    r"burn(?:ing)? myself|overdos\w*|hang(?:ing)? myself|jump(?:ing)?(?! (?:ship|in|at|on|into|the gun|to|through|up|for|around)\b)|"
    r"bleed(?:ing)? out|slit(?:ting)? my wrists?|drown(?:ing)? myself|suicide|disappear(?:ing)? (?:for good|forever|permanently)|"
    r"switch(?:ing)? myself off|not (?:get|getting) up again|never (?:wake|waking) up|(?:go|going) to sleep forever)\b"
    r"(?! (?:of|laughing|for a|for the|on stage|tired|tomorrow|tonight|today|for dinner|when|until|till|by)\b)"
)
GENERAL_RULES = [
    (
        "self_harm.wish",
        "self_harm",
        r"\b(?:i|just|(?<!not )(?<!never )(?:want|wanted|wanting|need|needed) to|wish i could|wish i would|"
        r"would rather|(?<!not )rather|tempted to|ready to|urge to|"
        r"(?:thinking|thought|think) (?:about|of)(?: how to)?)"
        r"(?: (?!not\b|never\b)\w+){0,3} " + _CEASE + r"\b",
        {"negation": False, "third_party": False, "past": False},
        "a wish to die, cease or disappear, said by the writer (guards off: a miss costs more here)",
    ),
    (
        "self_harm.absent",
        "self_harm",
        r"\b(?:better|easier|lighter|happier|calmer|simpler)\b[^\n]{0,25}\b(?:without me|with me (?:gone|dead|out of the way)|"
        r"if i (?:was|were|am) (?:gone|dead|not here|not around)|if i (?:died|disappeared|did not exist))\b"
        r"|\b(?:if|when|once|after) i (?:am|was|were) (?:gone|dead|not here anymore|not around anymore)\b(?! (?:for|on|to|at|from|out)\b)"
        r"|\b(?:i|ill)\b[^\n]{0,30}\bbe (?:around|here|alive) (?:much longer|for (?:much )?longer|for long|much more)\b"
        r"|\bi am (?:just |such |only |nothing but )?a (?:burden|waste of (?:space|air|oxygen))\b"
        r"|\b(?:a burden|waste of space) (?:to|on) (?:everyone|everybody|my family|all of them|the kids|them)\b"
        r"|\b(?:me|i) (?:not existing|not being (?:here|around|alive)|stop existing|no longer existing|being dead)\b"
        r"|\bnothing (?:left )?to live for\b|\bno reason (?:left )?to (?:live|stay alive|keep living|be alive|wake up)\b",
        {"negation": False, "third_party": False, "past": False},
        "the writer imagining the world without them, or calling themself a burden",
    ),
    (
        "self_harm.method",
        "self_harm",
        r"\b(?:take|taking|took|swallow\w*|down|downing) (?:the|a|my) (?:whole|entire) (?:bottle|box|pack|packet|strip|supply)\b"
        r"(?! of (?:wine|vodka|whiskey|whisky|gin|rum|beer|champagne|prosecco|cider|water|juice)\b)"
        r"|\b(?:rope|noose)\b[^\n]{0,50}\b(?:thinking|think|thought|about it|myself|my neck|hang|ready)\b|\bnoose\b"
        r"|\b(?:bridge|ledge|roof|rooftop|edge|cliff|tracks|overpass|platform|balcony|railing)\b[^\n]{0,40}\b(?:looking|staring|stare|look|gazing|peering) (?:down|over)\b"
        r"|\b(?:keep|kept|been|just|always|find myself|caught myself) (?:looking|staring|gazing|peering) (?:down|over) (?:from|off|over) (?:the|a|my|our) "
        r"(?:bridge|ledge|roof|rooftop|edge|cliff|overpass|platform|balcony|railing)\b"
        r"|\b(?:step|stepping|jump|jumping|throw myself|fall|falling) (?:off|in front of|onto|from) (?:the|a) (?:bridge|ledge|roof|platform|train|tracks|cliff|balcony|building|lorry|truck|bus)\b"
        r"|\b(?:hit|hitting|hits|punch\w*|bang\w*|slap\w*|scratch\w*|bite|biting|bit|burn\w*|cut|cutting|starv\w*|pinch\w*|carv\w*|stab\w*) myself\b"
        r"(?! (?:on (?:the|a) (?:oven|stove|pan|iron|kettle|tray|grill)|cooking|shaving|chopping|by accident|accidentally|out|off|short|up)\b)"
        r"|\b(?:cut|cutting|carv\w*|scratch\w*|burn\w*)\b[^\n]{0,20}\bmy (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?)\b[^\n]{0,30}\b(?:until|till|bleed|so (?:nobody|no one)|to feel)\b"
        r"|\b(?:giv\w*|gave) (?:away )?(?:all )?(?:of )?my (?:things|stuff|belongings|clothes|possessions|pets?)(?: away)\b"
        r"|\b(?:sleeping pills|paracetamol|tylenol|painkillers|my pills|my meds|the pills)\b[^\n]{0,30}\b(?:enough|how many|it would take|to do it|lethal|fatal)\b",
        {"negation": False, "third_party": False, "past": False},
        "method words with the writer: pills by the bottle, a rope, a height, hurting oneself",
    ),
    (
        "self_harm.hopeless_end",
        "self_harm",
        r"\b(?:no way out|only way out|only way (?:this|it|the pain) (?:stops|ends|will stop|will end)|no other way|"
        r"can not (?:do|take|keep) (?:this|it|going) anymore|can not go on|give up on (?:life|everything|living))\b"
        r"(?=[^\n]*\b(?:die|dying|dead|gone|not existing|not exist|not be here|end it|end my|disappear|not wake up|kill myself|myself|me not)\b)",
        {"negation": False, "third_party": False, "past": False},
        "hopelessness joined to an ending in the same sentence",
    ),
    (
        "danger.breath",
        "danger",
        r"\b(?:smother\w*|suffocat\w*)\b[^\n]{0,30}\b(?:me|my)\b|\b(?:smother\w*|suffocat\w*) me\b"
        r"|\b(?:a|the|his|her|their) (?:pillow|hands?|bag|arm) (?:over|across) my (?:face|mouth|nose|head)\b"
        r"|\bheld my (?:head|face) (?:under|down in)\b|\bheld my (?:mouth|nose) shut\b"
        r"|\b(?:he|she|they|him|her|them)\b(?![^\n]{0,60}\b(?:laugh|tickl|giggl|cry|cried|sob))[^\n]{0,60}\b(?:until|till|til) i (?:nearly |almost )?"
        r"(?:passed out|blacked out|stopped (?:fighting|breathing|moving)|could not breathe|saw (?:stars|spots)|went limp|lost consciousness)\b",
        {"past": False},
        "smothering or stopping the writer's breath (a form of strangulation)",
    ),
    (
        "danger.if_threat",
        "danger",
        r"\bif i (?:ever )?(?:\w+ ){0,2}(?:leave|left|tell|told|take|took|go to|call|report|try|tried|talk|speak|divorce|move out|end|"
        r"break up|walk out|see)\b[^\n]{0,40}\b(?:he|she|they)(?: said| says| swore| told me)? (?:will|would|is going to|are going to|was going to|wo not hesitate to|is gonna)? ?"
        r"(?:hurt|harm|kill|beat|shoot|stab|end|take it out on|burn|make (?:me|them|us) (?:pay|disappear)) (?:me|us|them|the kids|the children|the baby|my|our|himself|herself|themself)\b",
        {"past": False, "jest": True},
        "a threat of harm tied to what the writer might do (leave, tell, take the children)",
    ),
    (
        "danger.watched",
        "danger",
        r"\b(?:sitting|sits|sat|parked|parks|parking|waiting|waits|waited|standing|stands|stood|lurking|lurks|hanging around|hangs around|"
        r"turns? up|turning up|shows? up|showing up|drives? past|driving past|drove past) (?:\w+ ){0,3}(?:outside|near|by|across from|opposite|past) "
        r"(?:my|our|the) (?:work|job|office|house|flat|home|door|place|building|school|gym|apartment|window|street)\b"
        r"(?=[^\n]*\b(?:every|again|since|all the time|at night|keeps|always|will not leave|after i|moved out|left him|left her|texting)\b)"
        r"|\b(?:always |somehow )?knows where i (?:am|go|have been|was)\b[^\n]{0,20}\b(?:all the time|every|always|at all times|before i)\b"
        r"|\b(?:he|she|they) (?:\w+ ){0,2}(?:shares|shared|turned on|turns on|switched on|put on|set up) my (?:live )?location\b"
        r"|\b(?:texting|texts|messaging|tells?|told) me (?:what i (?:am|was) wearing|where i (?:am|was)|who i (?:am|was) with)\b",
        {"past": False},
        "being watched, waited for or located (stalking or tracking)",
    ),
    (
        "abuse.or_else",
        "abuse",
        r"\bi (?:have|had|need|am supposed) to\b[^\n]{0,50}\bor (?:else )?(?:he|she|they) (?:goes off|go off|kicks off|loses it|explodes|"
        r"flips|punishes me|hits me|screams|yells|freaks|rages|sulks|blows up|gets (?:angry|mad|violent|nasty|scary)|"
        r"will (?:hurt|hit|kill|punish|lose it|go off|kick off|explode|scream|make me pay))"
        r"|\b(?:have|has|had|need) to (?:show|send|give|hand over to) (?:him|her|them) (?:every|all my|all of my|each|proof|photos|"
        r"pictures|screenshots|my (?:phone|receipts|texts|messages|location|bank|statements))\b"
        r"|\b(?:makes?|made|forces?|forced) me (?:to )?(?:kneel|beg|grovel|sleep (?:on the floor|in the car|outside)|eat off|strip|"
        r"stand in the corner|get on my knees|say sorry for|apologi[sz]e for (?:existing|breathing))\b"
        r"|\block(?:s|ed|ing)? me out\b"
        r"|\b(?:changed|changes|change|changing) (?:the|all the|my) (?:wifi |wi-fi |door |phone |bank |email )?(?:password|passwords|code|codes|locks?|pin)\b[^\n]{0,30}\b(?:so i|i can not|without telling|on me|without me)\b"
        r"|\b(?:took|takes|hid|hides|keeps|kept|locked|locks|changed|changes|disabled|cancelled|cut off|unplugged|removed|deleted)\b"
        r"[^\n]{0,40}\bso (?:that )?i (?:can not|could not|am not able to|have no way to) (?:go anywhere|leave|get out|get to work|see anyone|call anyone|contact anyone|get online|drive|get help|talk to anyone)\b",
        {},
        "coercive control phrased as a rule the writer must follow, or a way out taken away",
    ),
    (
        "infidelity.general",
        "infidelity",
        r"\b(?:on the side|side (?:piece|chick|girl|guy|thing))\b"
        r"|\b(?:been|are|were|still|keep|started) seeing each other\b"
        r"|\bcaught (?:him|her|them) (?:with|in bed|kissing|in our bed|together)\b"
        r"|\b(?:in (?:our|my) bed with|with (?:him|her|them|someone|another) in (?:our|my) bed)\b"
        r"|\b(?:messages|texts|photos|nudes|emails) (?:from|to|with) (?:another|some other|a|some) (?:woman|man|girl|guy)\b"
        r"|\b(?:secret|burner) phone\b",
        {},
        "an affair described without the word",
    ),
    (
        "addiction.general",
        "addiction",
        r"\bpass(?:ed|es|ing)? out drunk\b|\bdrunk (?:before|by) (?:noon|lunch|midday|10|ten|breakfast|eleven)\b"
        r"|\b(?:snort\w*|inject\w*|shoot\w* up|doing lines|popping|smoking) (?:of )?(?:coke|cocaine|crack|meth|heroin|pills|lines|oxy|xanax|ket|ketamine|speed|molly)\b"
        r"|\b(?:from|sees|seeing|uses) (?:two|three|several|different|multiple) doctors\b|\bdoctor shopping\b"
        r"|\bcan not (?:get through|function|go|last) (?:the|a|one) (?:day|morning|night|evening)? ?without (?:his|her|their) (?:pills|fix|drink|drinks|bottle|weed|beer|wine)\b",
        {},
        "the partner's drinking or drug use described by its signs",
    ),
    (
        "checked_out.general",
        "checked_out",
        r"\b(?:fell|fallen|falling) out of love\b|\b(?:is|are|has|have) not (?:been )?in love with me\b"
        r"|\b(?:already|is|been|has been|started|keeps|secretly) looking (?:at|for) (?:apartments|flats|places|houses|a place|a flat|an apartment|a house|rentals)\b"
        r"|\bnothing left to (?:fix|save|work on|try|salvage)\b"
        r"|\b(?:done|finished) (?:trying(?! (?:to|for|on)\b)|with (?:us|me|this marriage|the marriage|this relationship))\b",
        {"past": False},
        "a partner who has decided, said with other words (an old falling out of love still counts)",
    ),
    (
        "self_harm.signs",
        "self_harm",
        r"\b(?:my (?:own )?funeral|come to (?:my|the) funeral|at my funeral|my (?:own )?grave)\b"
        r"|\b(?:thinking|thought|think|imagining|dreaming|fantasi[sz]ing|obsessing) (?:about|of) (?:the|my|a) "
        r"(?:razor|blades?|pills|tablets|rope|overdose|crash|tracks|train|edge|drop)\b"
        r"|\b(?:saving|saved|stockpil\w*|hoard\w*|counting|counted|collecting|lined|laid|lining|laying)(?: up| out)? "
        r"(?:\w+ ){0,2}(?:paracetamol|tablets|pills|sleeping pills|painkillers|meds|razors|blades)\b"
        r"|\b(?:paracetamol|tablets|pills|painkillers)\b[^\n]{0,20}\bfrom (?:two|three|four|several|different|multiple) (?:different )?(?:shops|stores|pharmacies|chemists)\b"
        r"|\b(?:looked up|looking up|googled|googling|searched|searching|research\w*) (?:\w+ ){0,3}"
        r"(?:bridge|bridges|building|cliff|overdose|lethal|painless|tallest|highest)\b"
        r"|\bhop\w* (?:that )?i (?:\w+ ){0,3}(?:crash|accident|hit by|killed|die|dead|never wake)\w*"
        r"|\bi deserve (?:to (?:be punished|hurt|suffer|die|feel pain|be in pain|bleed)|the pain|this pain)\b"
        r"|(?:(?<=\n)|(?<![\s\S]))(?![^\n]*\b(?:he|she|they|him|her)\b)[^\n]*?\b(?:till|until|til) (?:it|they|i) (?:bleed|bleeds|bled|bruise|bruises|bruised)\b"
        r"|\b(?:what|something) i (?:might|could|would|will|may) do to myself\b|\bdo something (?:stupid|drastic) to myself\b"
        r"|\b(?:plan|plans|planning|planned|worked out|working out|figured out|figuring out) (?:how|when|where) "
        r"(?:i would|i will|i am going to|i could|to) (?:do it|go through with it|end it)\b"
        r"|\b(?:wrote|written|writing|left) (?:a|my) (?:note|letters?)\b[^\n]{0,30}\b(?:hid|hidden|in case|goodbye|for after|"
        r"for when|under my pillow|in my drawer)\b"
        r"|\b(?:be )?(?:fine|ok|okay|alright|relieved|free)\b[^\n]{0,20}\bwithout me\b"
        r"(?! (?:for|tonight|this|at|on|while|when|till|until|there|today|tomorrow)\b)"
        r"|\bpoint (?:of|in) me (?:being (?:here|alive|around)|living|existing|staying)\b"
        r"|\b(?:no|any) future for me\b|\bwant out of (?:life|this life|living|everything)\b"
        r"|\bwish i (?:would|had|was|were) (?:never|not) (?:been born|born|existed)\b"
        r"|\bbe (?:a )?(?:problem|burden|bother|trouble)(?: (?:for|to) (?:anyone|anybody|you|them|him|her|everyone))? "
        r"(?:much longer|for much longer|for long|anymore)\b",
        {"negation": False, "third_party": False, "past": False},
        "warning signs in the writer's words: a funeral, method words with rumination, pills gathered, a note",
    ),
    (
        "danger.body",
        "danger",
        r"\b(?:his|her|their) (?:hands?|arm|forearm|knee|fingers|belt|elbow)\b(?: \w+){0,2} "
        r"(?:on|around|round|against|across|over|into|pressed (?:on|into|against)) my (?:neck|throat|windpipe)\b"
        r"|\bmy (?:neck|throat)\b[^\n]{0,40}\b(?:could not breathe|can not breathe|gasp\w*|passed out|blacked out)\b"
        r"|\b(?:said|says|told me|tells me|threatened|swore|promised|warned|warns)\b[^\n]{0,70}\b(?:i|you) (?:would|will|am going to|are going to) "
        r"(?:disappear|vanish|be dead|never be found|end up dead|end up in (?:a|the) (?:ditch|river|hospital|morgue|grave|ground)|"
        r"not live to see|never live to see)\b"
        r"|\b(?:said|says|told me|tells me|threatened|swore|promised|warned)\b[^\n]{0,60}\b(?:not|never) (?:live|make it) "
        r"(?:to see|till|until|past|through) (?:\w+ ){0,1}(?:christmas|birthday|new year|summer|another year|next year)\b"
        r"|\b(?:put|send|land|leave) me in (?:the|a) (?:hospital|morgue|grave|ground|ditch|coffin|body bag|wheelchair)\b"
        r"|\b(?:he|she|they)\b[^\n]{0,40}\b(?:turned on|turns on|switched on|set up|enabled|installed|put)\b[^\n]{0,25}"
        r"\b(?:location sharing|find my|life360|tracking|a tracker|spyware|stalkerware)\b"
        r"|\b(?:keeps?|kept|always|again) (?:on )?(?:driv\w*|drove|walk\w*|cycl\w*|comes?|came|hang\w*|lurk\w*|circl\w*) "
        r"(?:past|by|around|round|outside) (?:my|our|the)(?: \w+'s)? (?:work|job|office|house|flat|home|door|place|building|school|"
        r"gym|apartment|window|street|car)\b"
        r"|\b(?:driv\w*|drove|walk\w*|cycl\w*|comes?|came|hang\w*|lurk\w*|circl\w*) (?:past|by|around|round|outside) "
        r"(?:my|our|the)(?: \w+'s)? (?:work|job|office|house|flat|home|door|place|building|school|gym|apartment|window|street|car)\b"
        r"(?=[^\n]*\b(?:every|again|since|all the time|at night|keeps?|kept|always|will not leave|after i|moved out|"
        r"left (?:him|her|them)|where i am staying|texting)\b)",
        {"past": False},
        "a hand on the throat, threats of death in other words, tracking set up, being circled",
    ),
    (
        "abuse.general",
        "abuse",
        r"\b(?:he|she|they)\b[^\n]{0,30}\b(?:backhand\w*|whack\w*|thump\w*|clip\w* me|cuff\w* me|body ?slam\w*|"
        r"knock\w* me (?:down|over|to|into|out))\b(?=[^\n]*\b(?:me|my)\b)"
        r"|\bthr(?:ew|ows|owing|own) (?:a |the |his |her |my )?\w+ at (?:me|my (?:head|face|body|back))\b"
        r"|\bif i (?:ever )?(?:leave|left|go|tell|divorce|try|tried)\b[^\n]{0,30}\b(?:he|she|they)(?: says| said)?(?: he| she| they)? "
        r"(?:will|would|is going to|are going to)? ?(?:take|keep|get) (?:the|my|our) (?:kids|children|baby|son|daughter|money|house|car)\b"
        r"|\btells? (?:everyone|people|my family|my friends|the kids|others|our friends) (?:that )?i am "
        r"(?:crazy|mad|insane|unstable|a liar|lying|abusive|mental|psycho|nuts|the problem)\b"
        r"|\b(?:stops?|stopped|stopping|prevents?|prevented|forbids?|forbade|bans?|banned) me (?:from )?(?:seeing|going|talking|"
        r"visiting|calling|working|leaving|having|using|driving|getting|spending|eating|sleeping)\b"
        r"|\b(?:drag\w*|pull\w*|yank\w*|grab\w*) me (?:by|across|along|down|up|out|into|through)\b"
        r"|\b(?:he|she|they) (?:\w+ ){0,2}(?:smashed|broke|destroyed|ripped up|tore up|snapped|cut up|burned|burnt|threw out|binned|stamped on) "
        r"my (?!heart|trust|spirit|concentration|record|fall|back\b|silence|train|confidence|sleep|focus)\w+\b(?![^\n]{0,25}\b(?:accident|accidentally|mistake)\b)",
        {},
        "violence, threats over the children, smearing, bans, and belongings destroyed, in other words",
    ),
    (
        "self_harm.net",
        "self_harm",
        r"\b(?:i|me|myself)\b(?: (?!not\b|never\b|he\b|she\b|they\b|him\b|her\b|his\b|their\b|could\b|nearly\b|almost\b)\w+){0,5} "
        r"(?:die|died|dying(?! inside)|dead|death)\b(?! (?:of|laughing|on my feet|tired|wrong|serious|set|end|to|for|battery|ass|meat|eyes|"
        r"silence|heat|quiet|centre|center|last|cold|air|when he|when she)\b)"
        r"|\bmy (?:own )?death\b"
        r"|\b(?:stop|stopped|quit) (?:waking up|breathing|existing|being alive)\b"
        r"|\bcan not (?:do|face|handle|cope with|take) (?:life|living|this life|being alive)\b"
        r"|\b(?:everything|it all|my (?:brain|head|mind|thoughts|life)|i|me)\b (?:\w+ ){0,3}(?:go quiet|stop|end|switch off|go dark|"
        r"go away|sleep|rest|not show up|never show up|not come back|never come back|disappear|vanish)\b[^\n]{0,15}"
        r"\b(?:for good|forever|ever again|permanently)\b"
        r"|\b(?:thought|thinking|think|planned|planning|plan|worked out|know|knowing) (?:about )?(?:how|when|where) "
        r"(?:i would|i will|i could|i am going to) do it\b"
        r"|\b(?:knives|knife|razor|blades?|pills|tablets|rope|bridge|tracks|train|ledge|roof|cliff|gun)\b[^\n]{0,40}"
        r"\b(?:thought about it|thinking about it|think about it|wondered|imagined|i could)\b"
        r"|\b(?:wish|hope|pray) (?:a|the|some|something|someone|somebody) (?:\w+ ){0,2}(?:would|will|could)? ?(?:hit|hits|kill|kills|"
        r"run over|runs over|take|takes) me\b"
        r"|\b(?:thinking|thought|think|dream\w*|imagin\w*) (?:about|of) (?:jumping|stepping off|throwing myself|hanging|drowning|"
        r"overdosing|taking (?:them|it) all|taking all of them)\b(?! (?:ship|in|at|on|into|for|to|back)\b)"
        r"|\b(?:want|going|tempted|ready|about) to (?:just )?(?:take|swallow) (?:all of them|them all|the lot|all of it)\b"
        r"(?! (?:to|out|with|home|back|off|apart)\b)"
        r"|\b(?:stash|supply|hoard) of (?:pills|tablets|meds|painkillers|sleeping pills)\b"
        r"|\b(?:pills|tablets|meds)\b(?: \w+){0,4} for when i\b"
        r"|(?<!he )(?<!she )(?<!they )\b(?:bit\w*|pinch\w*|scratch\w*|punch\w*|burn\w*|cut\w*|claw\w*|dig\w*) (?:into )?my (?:own )?"
        r"(?:arms?|wrists?|legs?|thighs?|skin|hands?|stomach)\b[^\n]{0,30}\b(?:till|until|so i|to feel|bruis\w*|bleed\w*|blood)\b"
        r"|\b(?:nobody|no one|would anyone|anyone)\b (?:\w+ ){0,2}(?:care|notice|miss me)\b[^\n]{0,15}\bif i\b"
        r"|\bi (?:\w+ ){0,3}end it\b(?! (?:with|between|before|now|for (?:us|the kids)|all)\b)"
        r"(?![^\n]*\b(?:with (?:him|her|them)|between us|the relationship|this relationship|our relationship)\b)",
        {"negation": False, "third_party": False, "past": False},
        "a wider net: the writer with death, ending, method or self-injury words (false alarms accepted here)",
    ),
    (
        "danger.net",
        "danger",
        r"\b(?:scissors|hammer|bat|bottle|screwdriver|iron|pan|axe|machete|crowbar|poker|brick|chair|razor|knife|knives|blade|gun)\b"
        r"[^\n]{0,30}\b(?:came|ran|lunged|went|charged|swung) (?:at|for) me\b"
        r"|\b(?:he|she|they)\b(?![^\n]*\b(?:laugh\w*|tickl\w*|anxious|panic\w*|crying|cried|asthma|hug\w*)\b)[^\n]{0,60}"
        r"\b(?:could not|can not|could barely|can barely|unable to) breathe?\b"
        r"|\b(?:pregnant|carrying (?:our|his|her|my|the|a) baby|expecting|\d+ months along|months pregnant|weeks pregnant)\b"
        r"(?=[^\n]*\b(?:hit|hurt|push\w*|kick\w*|punch\w*|shov\w*|slap\w*|threat\w*|chok\w*|beat\w*|threw)\b)"
        r"|\b(?:hit|hurt|push\w*|kick\w*|punch\w*|shov\w*|slap\w*|beat\w*|threw)\b[^\n]{0,50}\b(?:carrying (?:our|his|the|a) baby|"
        r"i was \d+ months|expecting)\b"
        r"|\b(?:installed|put|hid|hidden|set up|planted)\b[^\n]{0,20}\b(?:cameras?|recorder|microphone|mic|tracker|spyware|keylogger)\b"
        r"[^\n]{0,40}\b(?:without (?:telling|asking) me|my (?:phone|car|room|bedroom|laptop|bag)|secretly|in (?:the|our|my) (?:bedroom|bathroom|car))"
        r"|\b(?:acid|petrol|gasoline|bleach)\b[^\n]{0,25}\b(?:me|my (?:face|eyes|body))\b|\bset (?:me|my \w+) on fire\b"
        r"|\b(?:drown|poison|suffocate|smother|electrocute|run me over|burn) me\b"
        r"|\bif (?:he|she|they) can not have me\b|\b(?:no one|nobody) (?:else )?(?:will|can|gets to|is going to) (?:have|get) me\b"
        r"|\b(?:worse|harder) (?:every|each) time\b"
        r"|\b(?:needed|got|had|ended up (?:with|in)|went to|took me to) (?:stitches|hospital|the hospital|a&e|the er|the emergency room|"
        r"a broken \w+|a concussion)\b(?=[^\n]*\b(?:he|she|they)\b)"
        r"|\bknows (?:everywhere|where) i (?:go|am|have been|went)\b(?=[^\n]*\b(?:hack\w*|always|every|all the time|somehow|tracks?)\b)"
        r"|\bknows everywhere i go\b",
        {"past": False, "jest": True},
        "a wider net: weapons swung, breath stopped, violence in pregnancy, hidden cameras, burning, serious injury",
    ),
    (
        "abuse.net",
        "abuse",
        r"\b(?:spat|spit|spits|spitting) (?:in|on|at) (?:my|me)\b"
        r"|\bpinch\w* me\b(?=[^\n]*\b(?:hard|bruise\w*|so no one|so nobody|under the table)\b)"
        r"|\bso (?:he|she|they) (?:knows|can see|can check|can track|know) where i (?:am|go|was)\b"
        r"|(?<!\bi )\b(?:hides|hid|hidden|hiding|took|takes|keeps|kept|withholds|withheld) (?:away )?my (?:medication|meds|pills|inhaler|glasses|wallet|purse|insulin)\b"
        r"|\btells? me (?:that )?i am (?:\w+ ){0,2}(?:fat|ugly|disgusting|worthless|useless|stupid|pathetic|crazy|nothing|a failure|"
        r"a joke|unlovable|repulsive|a waste)\b"
        r"|\b(?:made|makes|forced|forces) me (?:to )?(?:delete|block|unfriend|cut off|stop seeing|stop talking to|quit|give up|leave my job)\b"
        r"|\b(?:smash\w*|break\w*|broke|throw\w*|threw|punch\w*) (?:things|stuff|everything|the place up|doors|holes)\b"
        r"(?=[^\n]*\b(?:he|she|they|explod\w*|angry|rage|temper)\b)"
        r"|\bthreat\w* to\b[^\n]{0,40}\bif i\b"
        r"|\bnot allowed (?:to (?:have|keep|use|see|go|leave|talk|spend|work|wear|drive|call|text|visit|eat)|my own|any (?:money|friends|time))\b"
        r"|\b(?:he|she|they) (?:\w+ )?(?:scares|frightens|terrifies|intimidates) me\b"
        r"|\b(?:shov\w*|push\w*|kick\w*|threw|throw\w*|drag\w*) me out of (?:the|a|his|her|our|my) (?:car|house|bed|room|flat|door|window)\b"
        r"|\b(?:hacked|hacks|got into|logged into|broke into) my (?:email|phone|accounts?|icloud|google|facebook|instagram|laptop|messages)\b",
        {},
        "a wider net for control and violence phrased in other ways",
    ),
    (
        "infidelity.net",
        "infidelity",
        r"\b(?:meeting|seeing|texting|messaging|talking to|meets|sees|met|meet) (?:up with )?(?:his|her|their) ex\b"
        r"(?=[^\n]*\b(?:behind my back|secret\w*|lied|lying|hides?|hid|every|again|still|for months|for weeks)\b)"
        r"|\bfound (?:\w+ ){0,2}condoms?\b"
        r"|\bsneak\w* (?:off|out|around)\b(?=[^\n]*\b(?:text\w*|girl|guy|woman|man|her|him|someone)\b)"
        r"|\b(?:kissed|kissing|made out with|hooked up with) (?!me\b)(?:him|her|someone|a \w+|some \w+|his ex|her ex|another \w+)\b",
        {},
        "an affair in other words: secret meetings with an ex, sneaking off, condoms found, a kiss",
    ),
    (
        "addiction.net",
        "addiction",
        r"\bhooked on\b(?! (?:a|the|that|this|his|her)(?: \w+)? (?:show|series|game|games|book|podcast|app|song|band|tv|idea)\b)"
        r"|\b(?:so |too )?(?:high|wasted|drunk|off (?:his|her|their) face) (?:\w+ ){0,3}(?:could not|can not) (?:stand|walk|talk|drive|see)\b"
        r"|\bdrink\w* (?:from|as soon as|the minute|the moment|when) (?:he|she|they) (?:wakes|gets up)\b"
        r"|\bdrink\w* (?:first thing|in the morning|before breakfast)\b|\bcasino\b",
        {},
        "a wider net for the partner's drinking, drugs or gambling",
    ),
    (
        "checked_out.net",
        "checked_out",
        r"\b(?:stopped|stop|stops) loving me\b"
        r"|\b(?:wants|want|wanted) to be (?:on (?:his|her|their) own|alone|single|free of me)\b"
        r"|\bemotionally (?:gone|checked out|absent|done|left)\b"
        r"|\b(?:only|just) (?:here|staying|stays|stayed) (?:for|because of) the (?:kids|children|money)\b",
        {"past": False},
        "a wider net for a partner who has decided",
    ),
    (
        "self_harm.more",
        "self_harm",
        r"\b(?:picturing|imagining|imagine|picture|thinking about|think about) (?:\w+ ){0,3}finding (?:me|my body)\b"
        r"|\bgarage\b[^\n]{0,40}\bengine running\b|\bhose\b[^\n]{0,20}\bexhaust\b"
        r"|\b(?:counting down|waiting) (?:to|for|until) (?:when|the day) i (?:can )?(?:finally )?(?:stop|go|rest|die|be gone)\b"
        r"|\b(?:have|want|need|wish|just|let) (?:it all|everything) (?:to )?(?:be over|end|stop|go away)\b"
        r"(?! (?:for (?:a|one|just)|soon|now)\b)"
        r"|\b(?:hop\w*|wish\w*|pray\w*) (?:that )?(?:my heart|my breathing|my body) (?:\w+ ){0,2}(?:stops|stop|gives out|give out|fails)\b"
        r"|\bnot (?:scared|afraid|frightened) of (?:dying|death|being dead)\b"
        r"|\b(?:more|extra|double) (?:of )?(?:my |the )?(?:meds|pills|tablets|medication|insulin)\b[^\n]{0,30}"
        r"\b(?:on purpose|than i should|than (?:prescribed|i am meant to|i am supposed to))\b"
        r"|\b(?:like|as if|in case) it (?:was|were|is) the last time\b"
        r"|\b(?:easy|easier) for (?:him|her|them|everyone|the kids) (?:after|afterwards|when i am gone|once i am gone)\b"
        r"|\bmy (?:affairs|things|stuff|paperwork) in order\b|\bwho gets what\b"
        r"|\b(?:not|no longer) being (?:here|around|alive)(?: anymore| at all)?\b(?! (?:for|when|to|on|with|tonight|tomorrow)\b)"
        r"|(?<!never )(?<!not )\b(?:want|need|urge|craving|crave|itching) to (?:cut|burn|hurt|harm|punish)\b(?! (?:back|down|out|off|up|the|a|his|her|him|"
        r"costs|ties|corners|in|through|our|it|them|my (?:hair|hours|losses|spending|fringe|nails))\b)"
        r"|\bif i (?:was|were|am) (?:not )?(?:around|here|alive|in the picture)\b(?! (?:to|for|when|then|more|less|with)\b)"
        r"|\b(?:walk|walking|swim|swimming|wade|wading) (?:into|out into|out to) (?:the )?(?:sea|ocean|river|lake|water|waves)\b"
        r"|(?<!he )(?<!she )\b(?:slam\w*|bang\w*|hit\w*|smash\w*) my (?:head|face) (?:against|into|on) (?:the |a )?(?:wall|floor|door|desk|mirror)\b"
        r"(?=[^\n]*\b(?:until|till|so hard|again|on purpose|over and over)\b)"
        r"|\b(?:tired|sick|exhausted) of (?:fighting|trying|struggling) to (?:stay alive|live|keep going|survive)\b",
        {"negation": False, "third_party": False, "past": False},
        "more warning signs: being found, a running engine, a countdown, meds on purpose, affairs in order",
    ),
    (
        "danger.more",
        "danger",
        r"\b(?:he|she|they)\b[^\n]{0,50}\bby (?:the|my) (?:neck|throat)\b"
        r"|\b(?:guns?|rifle|pistol|shotgun|machete|axe|hatchet|knife|knives|crossbow|taser)\b[^\n]{0,40}"
        r"\b(?:for me|with my name|under the bed|under (?:his|her|their) pillow|by the bed)\b"
        r"|\b(?:drove|drives|driving|swerved|reversed|accelerated|sped) (?:the car )?(?:at|towards|toward|into) me\b"
        r"|\bmake me (?:disappear|vanish)\b|\b(?:have|get) me (?:killed|hurt|taken care of|dealt with)\b"
        r"|\bnext time\b[^\n]{0,30}\b(?:will not stop|it will be worse|will not be so lucky|will kill|will be the last)\b"
        r"|\b(?:he|she|they)\b[^\n]{0,30}\b(?:going to|will|could|might|would) (?:end up |eventually |one day )?"
        r"(?:killing|kill|murder\w*|seriously hurt\w*) me\b"
        r"|\b(?:hit|hurt|push\w*|kick\w*|punch\w*|shov\w*|slap\w*|beat\w*)\b[^\n]{0,50}\b(?:i am \d+ (?:weeks|months)|"
        r"\d+ (?:weeks|months) (?:gone|along|pregnant))\b"
        r"|\b(?:never|did not) (?:told|tell) (?:him|her|them) where i (?:was|am|parked|live|work|went|moved)\b"
        r"|\bthreat\w* to\b[^\n]{0,30}\b(?:hurt|harm|kill|hit|beat|take it out on) (?:them|the kids|the children|the baby|my (?:son|daughter))\b"
        r"|\b(?:shot|shoots|fired|firing) (?:a gun |a shot |his gun |the gun )?(?:at|near|past|over) (?:me|my|the (?:wall|door|floor|ceiling))\b"
        r"|\b(?:broke|broken|fractured|cracked|dislocated) (?:my|a) (?:jaw|nose|rib|ribs|cheekbone|eye socket|collarbone|skull)\b"
        r"|\bknocked me (?:out|unconscious)\b"
        r"|\bmy location\b[^\n]{0,40}\b(?:comes|came|turns up|shows up|finds me|find me)\b"
        r"|\b(?:push\w*|held|hold\w*|forc\w*|shov\w*) my (?:head|face) (?:under|into|in) (?:the )?(?:water|bath|sink|pool|toilet|pillow|mattress)\b",
        {"past": False, "jest": True},
        "more danger signs: held by the neck, a weapon meant for the writer, driven at, shot at, severe injury",
    ),
    (
        "abuse.more",
        "abuse",
        r"\b(?:he|she|they)\b[^\n]{0,50}\bso (?:that )?i (?:can not|could not|am not able to|have no way to|would not be able to) "
        r"(?:call|text|phone|ring|contact|see|reach|get to|talk to|go|leave|get out|get help|drive|get online)\b"
        r"|\b(?:only|just) allowed (?:out|to go out|to leave|to see|to have|to spend|to talk)\b"
        r"|\b(?:hand|give|transfer|sign) (?:over )?(?:to (?:him|her|them) )?(?:all )?(?:of )?my (?:wages|pay|salary|paycheck|paycheque|benefits)\b"
        r"|\b(?:he|she|they)\b[^\n]{0,40}\bi (?:\w+ )?(?:hide|hid|lock myself) (?:in|from|under|away)\b"
        r"(?=[^\n]*\b(?:angry|mad|rage|raging|drunk|temper|shout\w*|scream\w*|yell\w*|kicks off|loses it)\b)"
        r"|\btrip\w* me\b(?=[^\n]*\b(?:on purpose|deliberately|stairs|down)\b)"
        r"|\bthr(?:ew|ows|owing|own) (?:a |the |his |her |my |some |hot |boiling )*\w+ (?:on|over|in) (?:me|my (?:face|head|body|back))\b"
        r"|\b(?:scared|afraid|terrified|frightened) to (?:go to bed|sleep|fall asleep|be in the same room|be alone|go to sleep|"
        r"wake (?:him|her)|make a noise|breathe)\b"
        r"|\bto see where i (?:have been|was|went|go|am)\b",
        {},
        "more control and violence: no way to call anyone, allowed out only, wages handed over, hiding",
    ),
    (
        "infidelity.more",
        "infidelity",
        r"\bhotel (?:receipts?|bookings?|rooms?|charges)\b"
        r"|\b(?:in a relationship|involved|having a thing|a thing going) with (?:a |an |another |some |this )?"
        r"(?:woman|man|girl|guy|someone|somebody|coworker|colleague)\b"
        r"|\b(?:going|goes|went|been going) (?:to|round to|over to) (?:his|her) (?:flat|place|house|apartment)\b"
        r"(?=[^\n]*\b(?:lunch|secret\w*|lied|lying|behind|nights?|every|instead)\b)"
        r"|\btook (?:her|him) to our (?:\w+ )?(?:spot|place|restaurant|bar|hotel)\b",
        {},
        "more signs of an affair",
    ),
    (
        "addiction.more",
        "addiction",
        r"\b(?:crate|case|slab|box) of (?:beer|lager|wine|cans)\b(?=[^\n]*\b(?:every|a night|a day|each)\b)"
        r"|\bon the (?:bottle|booze|sauce|gear)\b"
        r"|\b(?:slots|fruit machines|pokies|bookies|scratchcards)\b"
        r"|\b(?:smok\w*|doing|takes?|taking|uses?|using) (?:crack|meth|heroin|coke|cocaine|ket|spice)\b"
        r"|\b(?:a few|some|couple of) lines\b",
        {},
        "more signs of the partner's addiction",
    ),
    (
        "checked_out.more",
        "checked_out",
        r"\b(?:does not|can not) see (?:us|a future|this) (?:together|with me|lasting|working)\b"
        r"|\bplanning to leave\b(?! (?:for (?:work|the|a|his|her)|early|late|at)\b)"
        r"|\bsign\w* (?:a )?lease\b|\bone bed(?:room)?\b(?=[^\n]*\b(?:lease|rent\w*|flat|place|moving)\b)"
        r"|\b(?:marriage|relationship|we|us) (?:is|are) (?:dead|over) to (?:him|her|them)\b",
        {"past": False},
        "more ways of saying the partner has decided",
    ),
    (
        "self_harm.last",
        "self_harm",
        r"\b(?:have|got|get|laid|lined) (?:\w+ ){0,2}(?:pills|tablets|meds|blade|razor|rope) (?:out|ready|lined up|in front of me|next to me)\b"
        r"|\b(?:favou?r|relief|kindness)\b[^\n]{0,30}\b(?:disappear\w*|dying|gone|not being here|if i (?:died|was gone))\b"
        r"|\b(?:disappear\w*|vanish\w*|fad\w* (?:out|away))\b (?:for good|forever|permanently|and never (?:be seen|come back|return))\b"
        r"|\b(?:calm|peace|relief|relieved)\b[^\n]{0,30}\bdecided\b"
        r"|\bmy body\b[^\n]{0,20}\b(?:found|find|finds)\b|\bfind(?:s|ing)? my body\b"
        r"|\bnever (?:be seen|be heard from|come back|wake)\b[^\n]{0,5}\bagain\b"
        r"|\bi (?:\w+ ){0,3}(?:the |a |my )?(?:blade|razor|knife|scissors|glass)\b[^\n]{0,20}\b(?:to|on|against|across|into) my "
        r"(?:wrists?|arms?|skin|throat|neck|thighs?|legs?)\b"
        r"|\b(?:life|living|being alive) (?:is )?(?:not|no longer) worth (?:it|living|the (?:pain|effort))\b"
        r"|\bat peace\b[^\n]{0,20}\b(?:forever|for good|permanently)\b"
        r"|\b(?:swerv\w*|veer\w*|walk\w*|step\w*|run|running|jump\w*|drive|driving|drove|steer\w*) (?:the car )?(?:into|in front of) "
        r"(?:oncoming traffic|traffic|a (?:bus|lorry|truck|train|car))\b"
        r"|\b(?:and|with) me (?:gone|dead|out of the (?:way|picture))\b"
        r"|\b(?:nearly|almost|so close to|came close to) (?:jumped|jumping|did it|doing it|went through with it|took them|taking them|"
        r"overdosed|hanged)\b"
        r"|\bgoodbye\b[^\n]{0,40}\b(?:last time|never see|not see (?:\w+ ){0,2}again)\b"
        r"|\b(?:plan\w*|my) (?:my )?(?:exit|way out)\b(?! (?:from|of) (?:the|this|my|our) (?:marriage|relationship|job|house|flat)\b)"
        r"|\b(?:see|picture|imagine) myself (?:still (?:being )?|being )(?:here|alive|around)\b"
        r"|(?<!he )(?<!she )\b(?:burn\w*|cut\w*|scratch\w*|carv\w*) (?:into )?my (?:arms?|wrists?|legs?|thighs?|skin|stomach)\b"
        r"(?! (?:on|cooking|chopping|shaving|by accident)\b)",
        {"negation": False, "third_party": False, "past": False},
        "still more warning signs: the means laid out, relief at a decision, a body found, a last goodbye",
    ),
    (
        "danger.last",
        "danger",
        r"\b(?:hit|beat|struck|strikes|hits|attacked|went for|came at|slashed|cut) me with (?:a|the|his|her|their) (?!(?:pillow|towel|cushion|newspaper|joke|question|truth|news|bill|fact|idea|reality|silent|guilt|comment|text|message|list|request|compliment|look)\b)(?:\w+ )?(?!(?:pillow|towel|cushion|newspaper|joke|question|truth|news|bill|fact|idea|reality|silent|guilt|comment|text|message|list|request|compliment|look)\b)\w+"
        r"|\bstabb\w* me\b|\b(?:broken (?:bottle|glass|end)|smashed (?:a )?bottle)\b[^\n]{0,30}\b(?:at me|to my|toward me|towards me)\b"
        r"|\b(?:he|she|they)\b[^\n]{0,10}\b(?:hit|threw|throws|beat|kicked|shoved|pushed|choked|slapped|punched|strangled|dragged|"
        r"attacked|hurt|assaulted|raped|tripped|headbutted|stamped on|sat on) me\b[^\n]{0,40}\b(?:while|when|though) i (?:was|am) "
        r"(?:\w+ ){0,2}pregnant\b"
        r"|\b(?:more|increasingly|even more) (?:violent|physical|dangerous)\b"
        r"|\b(?:he|she|they)\b[^\n]{0,40}\b(?:finish me off|do me in|bury me|end me)\b"
        r"|\bmoving (?:car|vehicle)\b"
        r"|\b(?:reading|checking|watching|tracking|following|sees|seeing) my location\b|\bmy location from my\b",
        {"past": False, "jest": True},
        "a weapon used, stabbing, violence in pregnancy, escalation, death threats and tracking in other words",
    ),
    (
        "abuse.last",
        "abuse",
        r"\b(?:i )?(?:\w+ ){0,4}without (?:his|her|their) (?:say ?so|permission|ok|okay|approval|consent)\b"
        r"|\bmakes? me (?:hang up|put the phone down|end the call|come home|stay (?:in|home))\b"
        r"|\b(?:listens? (?:in )?to|records?|recording) (?:all )?my (?:calls|phone calls|conversations)\b"
        r"|\b(?:says|said|calls me|told me) (?:that )?i am (?:\w+ ){0,2}(?:pathetic|worthless|useless|stupid|disgusting|nothing|a failure|"
        r"ugly|fat|crazy|unlovable)\b"
        r"|\b(?:dumped|threw|chucked|put) (?:all )?my (?:clothes|things|stuff|belongings|bags?)\b (?:\w+ ){0,3}(?:out|outside|on the "
        r"(?:lawn|street|drive|doorstep)|in the (?:bin|street|garden))\b"
        r"|\b(?:hand|give) (?:him|her|them) (?:over )?my (?:card|bank card|wages|pay|money|salary|cards)\b"
        r"|\b(?:scream\w*|yell\w*|shout\w*) in my face\b"
        r"|\bso i have no (?:privacy|money|phone|way out|car|friends)\b"
        r"|\b(?:list of )?rules (?:for me|i have to follow|i must follow)\b|\bgives me (?:a list of )?rules\b",
        {},
        "still more control: his say-so, calls listened to, belongings dumped, wages handed over, rules",
    ),
    (
        "infidelity.last",
        "infidelity",
        r"\b(?:seeing|sleeping with|dating) (?:a|some|this) (?:woman|man|girl|guy)\b"
        r"|\banother (?:woman|man)'s\b|\b(?:other|second|secret) family\b",
        {},
        "an affair in still other words",
    ),
    (
        "addiction.last",
        "addiction",
        r"\bbets?\b (?:the|our|his|her|all|the whole) (?:\w+ )?(?:paycheck|paycheque|wages|rent|savings|money)\b"
        r"|\bdrink\w* (?:in the car|before (?:driving|picking up|work|the school run))\b"
        r"|\bbuys? (?:\w+ ){0,2}(?:off|from) (?:a guy|a dealer|someone|some guy)\b|\b(?:oxy|xanax|benzos|fentanyl)\b",
        {},
        "the partner's addiction in still other words",
    ),
    (
        "checked_out.last",
        "checked_out",
        r"\bmoving van\b|\b(?:till|until) (?:he|she|they) finds? (?:a|his own|her own|their own) (?:place|flat)\b"
        r"|\bwants? (?:his|her|their) freedom\b",
        {"past": False},
        "the partner leaving, in still other words",
    ),
    (
        "self_harm.lexicon",
        "self_harm",
        r"(?<!not )(?<!never )\b(?:thinking|thought|thoughts|think|dream\w*|fantasi[sz]\w*|obsess\w*|read\w*|googl\w*|research\w*) (?:about|of|over) "
        r"(?:\w+ ){0,1}"
        + _SH_OBJECTS
        + r"|(?<!not )(?<!never )\b(?:consider\w*|contemplat\w*|plan(?:s|ned|ning)?(?: on)?|close to|keep|kept|started|been|looking up|"
        r"looked up|urges? to|tempted to|want to|wanted to|going to|ready to|about to|try to|tried to|afraid i will|scared i will|"
        r"scared i might|i might|better off|rather|wish i could|need to) (?:\w+ ){0,1}"
        + _SH_OBJECTS
        + r"|\b(?:no one|nobody|not one person|not a single person)\b[^\n]{0,20}\b(?:miss|mourn|come to my funeral)(?: me)?\b"
        r"|\bbetter off\b[^\n]{0,30}\bif i (?:just )?(?:stopped|ended it|went away|was not (?:here|around|alive)|"
        r"were not (?:here|around|alive))\b"
        r"|\bbetter off (?:not existing|not being (?:here|around|alive)|not alive|never born|without me)\b"
        r"|\b(?:pills|tablets|blade|razor|rope)\b[^\n]{0,15}\bin my hands?\b|\bholding (?:the|my|a) (?:pills|tablets|blade|razor|rope|noose)\b"
        r"|\bedge of the (?:platform|bridge|roof|cliff|building|tracks)\b(?![^\n]*\b(?:photo|view|selfie|picture|sunset)\b)"
        r"|\bcut (?:deeper|too deep)\b|\b(?:do not|not) want to be (?:anything|anyone|anybody|at all|here at all)\b"
        r"|\bswitch (?:myself|me) off\b",
        {"negation": False, "third_party": False, "past": False},
        "a thought, plan, wish or urge joined to any way of dying, ending or hurting oneself (implied subject allowed)",
    ),
    (
        "danger.lexicon",
        "danger",
        r"\b(?:stood|standing|stands|loomed|looming) over me with\b(?! (?:a |the |some )?(?:cup|mug|tea|coffee|breakfast|medicine|tissues?|"
        r"towel|blanket|smile|flowers|soup|water|baby|food|plate|tray|hot water bottle)\b)"
        r"|\b(?:turned|turns|turning|showed|shows|showing) up at my (?:new )?(?:flat|house|place|work|job|home|door|address)\b"
        r"(?=[^\n]*\b(?:times|again|every|since|keeps|won't|will not|at night)\b)"
        r"|\b(?:run|ran|running|drove|drive|driving|force\w*|push\w*) me off the road\b"
        r"|\b(?:outside|in the car|across the road|over the road)\b[^\n]{0,25}\bwatching me\b"
        r"|\bwatching me\b[^\n]{0,25}\b(?:outside|from (?:the|his|her) car|through the window)\b",
        {"past": False, "jest": True},
        "standing over the writer with something, turning up, running off the road, watching from outside",
    ),
    (
        "abuse.lexicon",
        "abuse",
        r"\bcontrols? (?:where i go|who i (?:see|talk to|text|meet)|when i (?:go|leave|come)|how i (?:dress|spend|look))\b",
        {},
        "control of movement and company",
    ),
    (
        "infidelity.lexicon",
        "infidelity",
        r"\b(?:been|slept|sleeping|sleeps) with other (?:women|men|people|girls|guys)\b",
        {},
        "other partners",
    ),
    (
        "addiction.lexicon",
        "addiction",
        r"\bslot machines\b|\baddicted to (?:the )?(?:slots|pokies|casino|betting|gambling|booze|drink|pills|porn|poker)\b",
        {},
        "addiction named by what it is to",
    ),
]

BROAD_RULES += GENERAL_RULES

# Words that cancel a match when they come just before it in the same clause.
NEGATIONS = r"\b(?:not|never|no|nobody|none|without|hardly|neither|nor|no longer)\b"
HEDGES = (
    r"\b(?:not sure|not certain|no idea|do not know (?:if|whether|why|how|what)|not know (?:if|whether)|"
    r"no matter|not just|not only|no one (?:would|believes|knows|listens)|nothing i do|never know|"
    r"(?:can|could|will|would|does|did|do|is|was) not (?:stop|quit|give up)|never (?:stops|stopped|quits))\b"
)
# Someone else's story: another person named before the match, or a story from a screen or book.
THIRD_PARTY = (
    r"\b(?:her|his|their|a) (?:son|daughter|kids?|children)\b"
    r"|\b(?:my|our|her|his|their|a|an|the|this) (?:friends?|sister|brother|mum|mom|mother|dad|father|cousin|aunt|"
    r"uncle|coworkers?|co-workers?|colleagues?|boss|neighbou?rs?|niece|nephew|grandma|"
    r"grandpa|grandmother|grandfather|roommate|flatmate|client|patient|sister-in-law|brother-in-law|"
    r"mother-in-law|father-in-law|parents?|bestie|best friend|stepdad|stepmom|stepmum)\b"
    r"|\b(?!my\b)\w+'s (?:husband|wife|boyfriend|girlfriend|partner|ex|fiance|fiancee|spouse|bf|gf)\b"
    r"|\b(?:her|his|their|your) (?:husband|wife|boyfriend|girlfriend|partner|fiance|fiancee|spouse|bf|gf)\b"
    r"|\b(?:on|in) (?:the|a|this|that) (?:news|movie|film|show|book|novel|series|episode|podcast|documentary|article|play)\b"
    r"|\b(?:a|the|this|that) (?:show|movie|film|book|novel|series|episode|podcast|documentary|article|play)\b"
    r"|\b(?:character|characters|podcast|documentary|novel|true crime|crime drama|thriller|drama|sitcom|soap)\b"
)
PAST_OVER = (
    r"\b(?:years ago|months ago|a long time ago|long ago|in college|at university|at uni|in high school|"
    r"as a teenager|in (?:my|his|her|their) (?:teens|twenties|thirties)|when we were (?:younger|young|kids|students|in college)|"
    r"before we met|before we got married|before the kids|back then|back in \d{4}|back in the day|"
    r"sober|clean for|clean (?:a|an|one|two|three|five|ten|\d+) (?:decade|years?)|in recovery|has been clean|been clean|been sober|quit (?:drinking|gambling|using|years)|"
    r"stopped (?:drinking|gambling|using)|has not (?:had a drink|drunk|gambled|used)|"
    r"no longer|(?:is|was) over now|it is over|it is all over|ended it|it ended|(?:is|was) behind us|"
    r"worked through it|forgave|my (?:last|previous|first|old) (?:relationship|marriage|husband|wife|partner|boyfriend|girlfriend))\b"
)
RECURRENCE = r"\b(?:again|still|relaps\w*|back to (?:drinking|gambling|using)|these days|lately|(?:but|and) now (?:he|she|they|it))\b"
SELF = r"\b(?:i|we)(?: \w+ly| also| sometimes| often| still| probably| do| did| have| had| was| am| were| are)?\s*$"
