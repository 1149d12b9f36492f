"""The danger rules (see safety/screening/rules/__init__.py for the shape and the guards)."""

from safety.screening.rules.common import RuleRow

PRECISE: list[RuleRow] = [
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
]

BROAD: list[RuleRow] = [
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
]

GENERAL: list[RuleRow] = [
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
]
