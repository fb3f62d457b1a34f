### streep — English texts: the explanation of every rule and the command line's messages.
### Rule messages may use { $before } (the original text) and { $after } (the new text).

## Severity

severity-info = info
severity-warning = warning
severity-error = error

## Command line

cli-error = error: { $message }
cli-not-rewritten = not rewritten
cli-suggestion = suggestion
cli-check-summary = customer focus { $score }/100 · { $findings ->
    [0] no findings
    [one] 1 finding
   *[other] { $findings } findings
  }
cli-check-total = { $signs } signs · { $findings ->
    [one] 1 finding
   *[other] { $findings } findings
  } in all
cli-advice-hint = { $count ->
    [one] 1 phrase needs your own judgement
   *[other] { $count } phrases need your own judgement
  }; --explain or `streep check` shows them.
cli-rule-off = off
cli-rule-rewrites = rewrites
cli-rule-advises = advises
cli-example-failed = FAILED
cli-example-expected = expected:
cli-example-got = got:
cli-examples-summary = { $passed } passed, { $failed } failed
cli-detected-lang = note: the text looks { $lang ->
    [de] German
    [fr] French
    [en] English
   *[other] Dutch
  } ({ $lang }); use --lang to choose.
cli-batch-detected-lang = note: { $rows ->
    [one] 1 row looks
   *[other] { $rows } rows look
  } { $lang ->
    [de] German
    [fr] French
    [en] English
   *[other] Dutch
  } ({ $lang }); use --lang to choose.
cli-signs-detected-lang = note: { $signs ->
    [one] 1 sign looks
   *[other] { $signs } signs look
  } { $lang ->
    [de] German
    [fr] French
    [en] English
   *[other] Dutch
  } ({ $lang }) and { $signs ->
    [one] is
   *[other] are
  } read as such; use --lang to choose.

## Errors

error-unknown-language = Unknown language “{ $lang }”. Choose one of: { $known }.
error-no-interface = streep cannot show its messages in { $lang ->
    [de] German
    [fr] French
   *[other] { $lang }
  } yet. Choose one of: { $known }. (Signs in { $lang } are fine: that is --lang.)
error-rule-file = Rule file { $file } cannot be read: { $reason }
error-rule = Rule file { $file }, rule “{ $rule }”: { $reason }
error-config = House-style file { $file } cannot be read: { $reason }
error-unknown-rule = The house style switches off “{ $name }”, but no rule or category has that name. `streep rules` lists them all.
error-no-such-file = { $path }: no such file.
error-permission = { $path }: you have no permission to read this file.
error-is-folder = { $path } is a folder, not a file.
error-write = The output cannot be written: { $reason }
error-io = { $path }: { $reason }
error-not-text = { $path } is not a text file: line { $line }, character { $column } is a NUL byte, as in a word processor's file or a PDF. Save the signs as plain text (.txt), a sign a line.
error-no-input = Give the text of a sign, a file with one sign per line, or - to read standard input.
error-too-large = { $what } is larger than { $limit } MB, more than streep reads at once. Split a table or text into smaller files; no font or colour profile is that large.

## Errors in patterns and replacements

pattern-unexpected = unexpected “{ $char }” at column { $column } of the pattern
pattern-expected = expected “{ $char }” at column { $column } of the pattern
pattern-empty-alternative = an empty alternative in the pattern, before column { $column }
pattern-duplicate-capture = the pattern captures “{ $name }” twice
pattern-too-many-captures = a pattern captures { $max } parts at the most
pattern-unknown-class = the pattern names the word class “@{ $name }”, which is not in [lexicon]
pattern-class-outside-capture = a class stands in a capture: write <:@{ $name }>, not @{ $name }
pattern-matches-nothing = the pattern can match nothing; it must take at least one word
pattern-trailing-backslash = the pattern ends in a backslash
template-unclosed-brace = the replacement opens “${"{"}” without “{"}"}”
template-unknown-capture = the replacement uses ${ $name }, but the pattern captures no “{ $name }”
template-unknown-form = the replacement uses the form “{ $name }”, which is not in [forms]
rule-duplicate-id = this id exists already
rule-id-form = an id is “category.name”, for example “perspective.behind-the-line”
rule-pattern-or-detector = a rule has either a pattern or a detector (and a role only with the address detector)
rule-address-detector = the address detector reads Dutch, German and French, and its rule says which address it writes: address = “formal” or “informal”
rule-replacement-or-suggestion = a rule has a replacement (it rewrites) or a suggestion (it advises), not both; a detector has neither
rule-address-keep = a rule's address is “formal” or “informal”
rule-missing-message = there is no message “{ $message }” in streep.ftl; add it, or give the rule explanation = "…"
rule-replacement-repeats = the new text holds the words it replaces, and would be replaced again and again
rule-unknown-guard = the rule names the guard “{ $name }”, which is not in [guards]
rule-example-needs-after = the example “{ $example }” has no after: this rule rewrites
rule-example-has-after = the example “{ $example }” has an after, but this rule only advises

## Why each rule exists

rule-shouting-all-caps = Capitals read as shouting, and more slowly: words in lower case are recognised by their shape.
rule-shouting-exclamation-marks = One calm sentence works better than exclamation marks, which sound angry.
rule-shouting-question-exclamation = “?!” sounds irritated; a plain question is friendlier.

rule-service-not-my-department = “That's not my department” leaves the customer alone. Take the problem on: find out who can help.
rule-service-nothing-i-can-do = “There's nothing I can do” ends the conversation. Say what you can do.
rule-service-pass-it-on = “I'll pass it on” promises nothing. Say who takes it up, and that the customer will hear what happens.
rule-service-call-my-colleague = Do not make the customer call: arrange for your colleague to call the customer.
rule-service-wrong-counter = The customer cannot know how your organisation is divided up. Take them to the right place instead of sending them away.
rule-service-rules-are-rules = “Rules are rules” explains nothing. Give the reason, and say what can be done.

rule-request-gelieve = “{ $before }” is officialese and sounds like an order. A question (“Wilt u …?”, would you …?) invites.
rule-request-asked-to = “… are requested to …” talks about the customer instead of to them. Ask them directly: “Wilt u …?”
rule-request-must = “Dient u … te …” (you are to …) is officialese and sounds like a duty. A question invites.

rule-obligation-you-must = “U moet …” (you must) is an order. A question, ideally with the reason, is friendlier and works as well.
rule-obligation-face-mask = Say why: a question with a reason is followed more readily than “mandatory”.
rule-obligation-mandatory = “Mandatory” speaks from the rule, not from the customer. Ask, and say why it is needed.
rule-obligation-imperative = A bare imperative is curt. A question with “Wilt u …?” sounds like someone who wants to help.
rule-obligation-imperative-cluster = { rule-obligation-imperative }

rule-prohibition-forbidden-to = “Forbidden” only says what is not allowed. A question sounds like one person asking another; where possible, say where it is allowed.
rule-prohibition-activity-forbidden = { rule-prohibition-forbidden-to }
rule-prohibition-not-activity = A bare “Don't …” is curt. Ask, and where possible say where it is allowed.
rule-prohibition-no-entry = “No entry” sends people away without a reason. Say who the room is for, and that visitors can ask for help.
rule-prohibition-forbidden = A prohibition only says what is not allowed. Say what the customer can do, and why.
rule-prohibition-legal-sign = This sign cites the law; leave that text as it is. A friendly line beside it tells visitors where they can go instead.

rule-exclusion-toilet-customers-only = “Customers only” excludes. Say it as a welcome, with the condition.
rule-exclusion-not-for-customers = “Not for customers” excludes. Say who the room is for, and that the customer can ask for help.
rule-exclusion-staff-only = Say who the room is for, and that visitors can ask for help.
rule-exclusion-staff-room = { rule-exclusion-staff-only }
rule-exclusion-customers-only = “Only for …” excludes. Say it as a welcome, with the condition.
rule-exclusion-appointment-only = Say what someone without an appointment can do.

rule-self-protection-not-liable = A sign that protects the organisation tells the customer nothing. Show care: ask the customer to mind their things, and say they can ask for help.
rule-self-protection-own-risk = “At your own risk” protects the organisation. Say what the customer can do to avoid harm.
rule-self-protection-no-refund = Say what can be done (an exchange, a credit note) instead of what cannot.
rule-self-protection-breaking-is-buying = A threat makes nobody more careful. A request and an offer of help do.
rule-self-protection-camera = Cameras must be announced; say that they are there for the customer's safety too.

rule-perspective-behind-the-line = Seen from the counter the customer waits behind the line; the customer stands in front of it. Write from the customer's side: “{ $after }”.
rule-perspective-in-front-accent = “voor de streep” can also mean “for the line”; with accents (“vóór”) it is clear at once.
rule-perspective-discretion = “Discretion” is the organisation's word. Say what the customer does and why: so the person ahead has privacy.
rule-perspective-closed-counter = Say where the customer can go instead.

rule-jargon-food-brought-along = “Het nuttigen van etenswaren” (the consumption of foodstuffs) is officialese; say “eten en drinken”.
rule-jargon-consume = “Nuttigen” (to consume) is officialese; say “eten” or “drinken”.
rule-jargon-unauthorised = “Onbevoegden” (unauthorised persons) is jargon and sounds like an accusation.
rule-jargon-cq = Not everyone knows “c.q.”; say “of” (or).
rule-jargon-ivm = Abbreviations are hard to read, and “in verband met” is officialese; say “vanwege” (because of).
rule-jargon-indien = “Indien” is officialese; say “als” (if).
rule-jargon-middels = “Middels” is officialese; say “met” (with).
rule-jargon-tbv = Not everyone knows “t.b.v.”; say “voor” (for).
rule-jargon-dmv = Not everyone knows “d.m.v.”; say “met” (with).
rule-jargon-please-abbreviation = Write “alstublieft” (please) in full: abbreviations are hard to read.
rule-jargon-formal-words = “{ $before }” is formal; “{ $after }” says the same in everyday words.
rule-jargon-before-you = “Alvorens” is officialese; say “voordat” (before).
rule-request-we-ask-readers = “We ask visitors to …” talks about the readers instead of to them. Ask them directly: “{ $after }”
rule-jargon-abbreviation = Not everyone knows “{ $before }”; write it out: “{ $after }”.
rule-obligation-please-do = “Graag …” with a bare infinitive is an order in disguise. Ask: “{ $after }”
rule-obligation-please-do-this = { rule-obligation-please-do }
rule-prohibition-readers-as-objects = “Visitors are …ed” makes the readers objects of the organisation. Speak to them: say what they can do.
rule-address-missing-zich = With “u” as the subject (the t shows it), the verb needs “zich”: “{ $after }”.
rule-shouting-caps-word = A word in capitals shouts, and is read more slowly. Lower case says it as clearly.
rule-request-asked-to-after = { rule-request-asked-to }
rule-request-asked-to-named = “… are requested to …” talks about the readers instead of to them. Ask them directly: “{ $after }”
rule-request-asked-passive = “… is requested …” does not say who asks whom. Ask the reader directly: “Wilt u …?”
rule-request-must-subject = { rule-request-must }
rule-request-must-after-clause = { rule-request-must }
rule-obligation-officialese-must = “Dienen … te” is officialese for “moeten” (must); the plain word is clearer. Better still: ask, and say why.
rule-obligation-you-are-obliged = “You are obliged to …” speaks from the rule. A question invites: “{ $after }”
rule-obligation-fronted-obliged = { rule-obligation-you-are-obliged }
rule-obligation-activity-mandatory = “Mandatory” speaks from the rule, not from the customer. A question invites: “{ $after }”
rule-obligation-doing-mandatory = { rule-obligation-activity-mandatory }
rule-obligation-fronted-doing-mandatory = { rule-obligation-activity-mandatory }
rule-obligation-doing-mandatory-for = { rule-obligation-activity-mandatory }
rule-obligation-who-must = “Whoever …, must …” is an order about the reader. Ask, and say why.
rule-prohibition-forbidden-to-where = { rule-prohibition-forbidden-to }
rule-prohibition-forbidden-things = { rule-prohibition-forbidden-to }
rule-prohibition-forbidden-the-thing = { rule-prohibition-forbidden-to }
rule-prohibition-activity-forbidden-there = { rule-prohibition-forbidden-to }
rule-prohibition-forbidden-activity-there = { rule-prohibition-forbidden-to }
rule-prohibition-activity-forbidden-where = { rule-prohibition-forbidden-to }
rule-prohibition-where-activity-forbidden = { rule-prohibition-forbidden-to }
rule-prohibition-doing-forbidden = “The … of … is not allowed” is officialese and only forbids. A question to the reader: “{ $after }”
rule-prohibition-doing-the-thing-forbidden = { rule-prohibition-doing-forbidden }
rule-prohibition-doing-where-forbidden = { rule-prohibition-doing-forbidden }
rule-prohibition-not-to-do = A bare “Don’t …” is curt. Ask: “{ $after }”
rule-prohibition-no-dogs = Say it kindly, and remember assistance dogs: they may come in almost everywhere.
rule-prohibition-animals = “Not allowed” sends the reader away. Say it kindly, and remember assistance dogs: they may come in almost everywhere.
rule-prohibition-may-not-rewrite = “You may not …” only forbids. A question sounds like one person asking another: “{ $after }”
rule-prohibition-passive-refusal = “… is not tolerated/accepted/returned” only refuses, and says nothing of who refuses. Say what the customer can do, and why.
rule-prohibition-not-accepted = “We do not accept …” only refuses. Say what the customer can do instead.
rule-exclusion-activity-only-where = “Only allowed …” forbids everything else. Say where it can: “{ $after }”
rule-exclusion-only-allowed = “Only …” shuts out. Say who or what it is for, as a welcome, with the condition.
rule-exclusion-only-these-may = { rule-exclusion-only-allowed }
rule-exclusion-not-welcome = “Not welcome” rejects the reader. Say what you ask of them, and why.
rule-exclusion-on-showing = “Op vertoon van” (on production of) is officialese. Ask for it, as a question.
rule-self-protection-right-to-refuse = “We reserve the right …” speaks from power, not from service. Say what you ask of the customer, and why.
rule-self-protection-refuse = A sign that announces refusals and removals treats every reader as a suspect. Say what you ask, and why.
rule-self-protection-sanction = A threat (fines, removal, the police) makes nobody more careful and welcomes no one. Say what you ask and why; name a consequence only where you must.
rule-self-protection-agree-by-entering = “By entering you agree …” is legal self-protection. Ask the reader to mind the house rules, and thank them.
rule-self-protection-staff-may = “Staff may …” announces power. Say what happens and why, as a service to everyone.
rule-jargon-consume-drink = { rule-jargon-consume }
rule-jargon-consume-food = { rule-jargon-consume }
rule-jargon-consume-servings = { rule-jargon-consume }
rule-jargon-muv = Not everyone knows “m.u.v.”; say “behalve” (except).
rule-jargon-tav = Not everyone knows “t.a.v.”; say “over” (about).
rule-jargon-either-or = “Dan wel” is officialese; say “of” (or).
rule-jargon-and-or = “En/of” is officialese; “of” says the same.
rule-jargon-at-all-times = “Te allen tijde” is officialese; say “altijd” (always).
rule-jargon-commencement = “Aanvang” is officialese; say “het begin” (the start).
rule-jargon-no-go-ahead = “Geen doorgang vinden” is officialese; say “gaan niet door” (do not take place).
rule-jargon-indien-nodig = “Indien nodig” is officialese; say “{ $after }”.
rule-jargon-officialese = “{ $before }” is officialese. Say it in everyday words.

rule-address-subject = Address the reader as “u”: “{ $after }”.
rule-address-subject-inverted = Address the reader as “u”. After the verb, “je” drops the t and “u” keeps it: “{ $after }”.
rule-address-object = Address the reader as “u”: “{ $after }”.
rule-address-possessive = Address the reader as “u”: the possessive “je”, “jouw” or “jullie” becomes “uw”.
rule-address-reflexive = Address the reader as “u”; the reflexive “je” then becomes “zich”: “{ $after }”.
rule-address-agreement = With “u” the verb takes its t: “{ $after }”.
rule-address-informal-subject = Your organisation addresses the reader as “je”: “{ $after }”.
rule-address-informal-inverted = Your organisation addresses the reader as “je”. After the verb, “je” drops the t: “{ $after }”.
rule-address-informal-object = Your organisation addresses the reader as “je”: “{ $after }”.
rule-address-informal-possessive = Your organisation addresses the reader as “je”: “{ $after }”.
rule-address-informal-reflexive = Your organisation addresses the reader as “je”; the reflexive “zich” becomes “je”: “{ $after }”.
rule-address-informal-agreement = With “je” the verb takes the form for “je”: “{ $after }”.
rule-address-informal-please = Your organisation addresses the reader as “je”: “{ $after }”.
rule-address-je-left = Address the reader as “u”; here it was not certain whether “je” should become “u” or “uw”.

rule-request-gelieve-reflexive = { rule-request-gelieve }
rule-prohibition-forbidden-here = { rule-prohibition-forbidden-to }
rule-prohibition-not-activity-where = { rule-prohibition-not-activity }



rule-obligation-card-only = “Card only” says what cannot be done. Say what can: paying by card.
rule-obligation-passive-must = “… are to be …” does not say who is to do it. Address the customer, with a question.
rule-prohibition-may-not = “You may not …” only says what is not allowed. Say what is, and where.
rule-self-protection-own-responsibility = “Your own responsibility” puts it on the customer. Say what the customer can do to avoid harm.

rule-request-we-ask = { rule-request-asked-to }

rule-house-replace = This is how your organisation writes it: “{ $after }”.

## Its own Dutch checked: a sentence streep cannot make sound keeps its wording

grammar-kept-wording = streep kept this sentence as you wrote it: its rewrite would not be correct Dutch ({ $reason }). The advice above still holds; please reword it yourself.
grammar-mixed-address = it would mix “u” and “je”, at “{ $word }”
grammar-agreement = “u” would not agree with its verb “{ $word }”
grammar-possessive-without-noun = “uw” would stand before “{ $word }”, which is no noun
grammar-pronoun-before-noun = “u” would stand before the noun “{ $word }”, where “uw” belongs
grammar-repeated-word = “{ $word }” would be written twice in a row
grammar-unknown-word = “{ $word }” is no Dutch word
grammar-stray-stop = a full stop would stand inside the sentence, after “{ $word }”
grammar-kept-unsettled = streep kept this sentence as you wrote it: it asks for more changes than streep makes in one sentence. The advice above still holds; please split it into shorter sentences.

## Rules for German, French and English signs

rule-request-infinitive = A bare infinitive (“Bitte hier warten”) speaks to no one. Address the reader: “{ $after }”.
rule-request-quiet = “Quiet!” is an order. Ask kindly, and say why: “{ $after }”.
rule-request-passive = “… are requested to …” talks about the customer instead of to them. Ask them directly, with “Sie”.
rule-request-it-is-requested = “{ $before }” talks about the customer instead of to them. Ask them directly: “{ $after }”.
rule-request-it-is-suggested = A passive suggestion keeps its distance; ask the reader directly: “{ $after }”.
rule-request-not-allowed-to = A ban stated about people sounds like a rule from behind the counter; ask them: “{ $after }”.
rule-request-not-allowed-to-use = Say what the reader can do instead of what is not allowed: “{ $after }”.
rule-request-priere = “Prière de” is old officialese; “Merci de” asks as kindly and sounds like a person.
rule-request-kindly = “Kindly” sounds stiff and old-fashioned; “please” says the same warmly.
rule-obligation-must-verb = “You must …” is an order. A polite request works as well: “{ $after }”.
rule-obligation-public-must = “Customers must …” talks about the reader, and as an order. Speak to them directly, and say why.
rule-prohibition-activity-please = A bare prohibition only says what is not allowed. A polite request sounds like one person speaking to another; where you can, also say where it is allowed.
rule-self-protection-cloakroom = “No liability for coats” protects the organisation and tells the customer nothing. Ask them to mind their things, and offer help.
rule-self-protection-threat = A threat makes nobody more careful and welcomes no one. Say why the request matters.
rule-self-protection-reserve-the-right = “We reserve the right …” speaks from the organisation's power. Say what you want for everyone here, and ask for it.
rule-jargon-unauthorised-persons = “Unauthorised persons” is jargon and sounds like an accusation. Say who the place is for, and that visitors can ask for help.
rule-jargon-bzw = Not everyone reads “bzw.” easily; “oder” (or) is clearer.
rule-jargon-please-in-full = Write it in full: abbreviations are hard to read. “{ $after }”.
rule-jargon-afin-de = “Afin de” is formal; “pour” (to, so as to) says the same in everyday words.
rule-jargon-prior-to = “Prior to” is formal; “before” says the same in everyday words.
rule-address-du-to-sie = Address the reader as “Sie”, the polite norm on signs: “du” and “ihr” become “Sie”, “dich” and “dir” “sich”, “Sie” or “Ihnen”, and the verb takes the form for “Sie”: “{ $after }”.
rule-address-du-possessive = Address the reader as “Sie”: “dein” (your) becomes “Ihr”, with the same ending.
rule-address-du-left = Address the reader as “Sie”; here it was not certain how to change the sentence.
rule-address-tu-to-vous = Address the reader as “vous”, the polite norm on signs: “tu”, “te” and “toi” become “vous”, and the verb takes the form for “vous”: “{ $after }”.
rule-address-tu-imperative = Address the reader as “vous”: the imperative becomes “{ $after }”.
rule-address-tu-possessive = Address the reader as “vous”: “ton” and “ta” become “votre”, “tes” becomes “vos”.
rule-address-tu-left = Address the reader as “vous”; here it was not certain how to change the sentence.
rule-address-public-may = Speak to the reader, not about them: “{ $after }”.
rule-address-cooperation = “Cooperation” makes the reader someone who obeys; a plain thank-you is warmer.
rule-address-by-order = “By order of the management” speaks as an authority. Sign off as the people who work here.

## Signs: posters and stickers

slot-headline = headline
slot-body = body
slot-footer = footer
slot-second = second language
cli-rewrote = { $slot }: “{ $before }” → “{ $after }”
cli-would-rewrite = { $slot }: kept “{ $before }”; streep would write “{ $after }”
cli-wording-advice = note: “{ $text }” needs your own judgement: { $message }
cli-wording-advice-suggestion = note: “{ $text }” needs your own judgement: { $message } Perhaps: “{ $suggestion }”
cli-wrote = wrote { $path } ({ $size })
cli-saved-sign = saved the sign in { $path }
cli-previews = wrote a thumbnail of each template in { $folder }
cli-template-copied = wrote the { $name } template to { $path }: open it in Inkscape, keep the dashed boxes' data-slot attributes, and use it with --template. To see its font there, install it first: streep fonts FOLDER
template-warning-settings-lost = warning: the { $slot } box has none of its settings (data-slot, data-weight, data-max-size, …), so it is set in regular weight at sizes from its box alone. Inkscape's “Object to Path” removes them: undo it, or put them back (compare with `streep template new`).
template-warning-not-a-rectangle = warning: the { $slot } box is a <{ $element }>, not a rectangle; streep sets its text in the box around it.
template-warning-turned = warning: the { $slot } box is turned or skewed (transform="{ $transform }"); streep sets its text upright in the box around it. Turn the artwork instead, or keep the box straight.
template-warning-sample-unstyled = warning: the sample text of the { $slot } box has no font settings of its own (font-size, font-weight, fill); perhaps they moved to a CSS class. The box uses its own data- attributes.
error-template-exists = { $path } is already there, perhaps a template you edited: give another name, or add --force to write over it.
cli-template-ok = lays out
cli-template-placeholders = placeholders: { $names }
cli-icons = Icons: { $icons }
note-low-contrast = warning: “{ $text }” in { $colour } on { $ground } has a contrast of { $ratio }:1; WCAG asks at least { $least }:1 to be read easily.
note-clear-film = warning: the { $template } sticker is printed on clear film, and without white ink under it its colours are see-through. Ask the print shop for white ink and give --white-ink (their spot colour's name if it is not “White”), or print it on white film.
error-output-profile = { $file } cannot serve as the press’s profile: { $reason ->
        [not-cmyk] it is not a CMYK profile. Ask the print shop for the CMYK profile of its press or paper.
        [not-output] it describes no printer or press (it is not an output profile).
       *[broken] it is not an ICC profile streep can read.
    }
error-output-condition = An output condition names the printing condition of a profile given with --output-profile (output_profile in a sign file); without one, streep prints for FOGRA39.
error-white-name = “{ $value }” cannot name the white ink: use a spot colour’s name of letters, digits, - and _ (“White” for most shops), not a process ink (Cyan, Magenta, Yellow, Black) or a name PDF reserves (All, None).
error-white-is-cut = “{ $value }” names both the white ink and the cut line: the shop needs two names to tell the plate from the line.
error-pdfx-transparency = PDF/X-1a allows no transparency, and this sign has { $what ->
        [picture] artwork with transparent parts
       *[shape] a see-through shape
    }. Write PDF/X-4 (--pdf-standard x4), which print shops take as well.
error-output-profile-unused = --output-profile names the press of a print file, but --pdf-standard none writes screen colours: leave the profile out, give --cmyk for inks by it, or write PDF/X.
error-pdfx1a-profile = PDF/X-1a is PDF 1.4, which takes ICC profiles up to version 2, and this profile is of version { $version }. Write PDF/X-4 (--pdf-standard x4), or ask the shop for a version 2 profile.
error-pdfx1a-font = PDF/X-1a is PDF 1.4, which cannot embed { $font }: an OpenType font with PostScript outlines (.otf). Write PDF/X-4 (--pdf-standard x4), or use a TrueType font (.ttf).
error-corner-radius-poster = A poster has no cut line, so --corner-radius has nothing to round: it is for stickers with a rectangular cut line (line, rounded, window).
note-ink-limit = warning: { $colour } carries { $total }% ink, and the press takes at most { $limit }%; it is written as given, but may smear or dry slowly. Ask the print shop, or give less ink.
note-icon-no-place = note: the { $template } template has no place for an icon, so { $icon } is not drawn; choose a template with an icon (poster, round, window, …).
note-corner-radius-shrunk = note: a corner radius of { $asked } mm does not fit; the cut line’s corners are rounded by { $most } mm, half its shorter side.
note-icon-recoloured = The icon is drawn in { $drawn }: in the text colour { $colour } it would not stand out from { $ground } behind it.
error-lang-code = “{ $value }” is not a language code: write e.g. nl, en, de or nl-BE.
error-diameter-shape = --diameter is for round stickers; give other shapes a --size.
note-artwork-painted = note: the template uses { $feature }; that part of its artwork is printed as an image at { $dpi } dpi, the rest as drawn, and its text stays text.
error-length = “{ $value }” is not a length. Write a number with a unit: 3mm, 0.5cm, 0.125in, 9pt.
error-size = “{ $value }” is not a size. Give a paper name ({ $known }) or width x height, in mm or with a unit (cm, in, pt), e.g. 500x700mm.
error-size-range = The size “{ $value }” is out of range: each side must be more than 0 and at most { $max } m.
error-size-round = The { $template } sticker is round, so its size must be square, not { $size }. Use --diameter.
error-size-shape = The { $template } template is made for { $made-for }; { $size } would stretch it out of shape. Choose another size or template.
error-bleed = A bleed of { $value } is out of range: give 0 to 25 mm.
error-option-value = { $option }: { $reason }
error-colour = “{ $value }” is not a colour. Give a name ({ $names }), #rrggbb, or cmyk(c,m,y,k) in percent.
error-colour-ink = “{ $value }” asks for { $ink }% of an ink; each ink of cmyk(c,m,y,k) is a percentage from 0 to 100.
error-corner-radius-shape = The { $template } sticker's cut line is not a rectangle, so it has no corners to round: leave out --corner-radius.
error-cut-name = “{ $value }” cannot name the cut line's spot colour: use up to 64 letters, digits, - and _, and not the name of an ink (Cyan, Magenta, Yellow, Black, All, None), e.g. CutContour.
error-font-broken = The font { $font } cannot be used: { $reason }.
error-missing-glyphs = The font { $font } has no glyphs for { $chars } in the { $slot } text. Leave them out, or give a font that has them with --font.
error-does-not-fit = The { $slot } text does not fit its box ({ $width } x { $height } mm), even at the smallest size: { $sizes ->
    [one] tried at { $min } pt, the smallest anyone can read.
   *[range] tried { $max } pt down to { $min } pt.
    } Shorten “{ $text }”, or choose a larger size.
error-slot-unknown = The { $template } template has no “{ $slot }” text. Its texts: { $known }.
error-template-no-slots = The template { $template } has no text boxes: mark a rectangle with data-slot="{ $slot }" and an id (see the README's Templates section).
error-template-unknown = There is no template called “{ $name }”. Built in: { $known }; or give an .svg file.
error-icon-unknown = There is no icon called “{ $name }”. Built in: { $known }, or none.
error-sheet-too-small = A { $size } sign with its bleed does not fit on a { $sheet } sheet.
error-sheet-sizes = Signs of different sizes ({ $size } and { $other }) cannot share a sheet: make a batch per size.
error-no-pages = There is no page to write: the document would be empty.
error-batch-stopped = Row { $row } cannot be made, so the strict batch stops and writes no document.
error-sheet-pattern = The signs fill more than one sheet, so the -o pattern { $pattern } needs {"{"}sheet{"}"} for the sheet's number.
error-table = The table { $file } cannot be read: { $reason }
table-unknown-kind = give a .csv, .xlsx, .ods, .json or .toml file
table-parse = { $reason }
table-no-header = its first row, the header, names no columns
table-no-sheet = the workbook has no sheet
table-too-large = it has more than { $cells } cells ({ $columns } columns); split it into smaller tables
note-encoding = note: { $file } is not UTF-8; streep read it as { $encoding }, as Excel saves it on Windows. Check the accented letters on the signs.
error-batch-empty = The table has no rows: nothing to make.
note-batch-unused-columns = Not used: { $count ->
    [one] the column { $columns }, which
   *[other] the columns { $columns }, which
} the { $template } template has no place for and no -o pattern names. A column can be one of: { $known }, or a name in the -o pattern.
error-row-no-headline = The row has no headline: its sign would say nothing.
error-batch-missing = The table has no column for { $columns }, which the { $template } template needs.
error-batch-collision = Rows { $first } and { $second } would both be written to { $path }: put a column that differs, or {"{"}row{"}"}, in the -o pattern.
error-batch-pattern = The -o pattern { $pattern } names {"{"}{ $name }{"}"}, but the table has no such column. Its columns are: { $columns }.
cli-batch-failed = row { $row }{ $line ->
    [0] {""}
   *[other] {" "}(line { $line })
}: { $reason }
cli-batch-summary = { $written } of { $rows ->
    [one] { $rows } sign
   *[other] { $rows } signs
} written ({ $files ->
    [one] { $files } file
   *[other] { $files } files
}), { $failed } failed, in { $seconds } s
error-template = Template { $name }: { $reason }
error-template-xml = it is not well-formed SVG: { $reason } (line { $line }, column { $column })
error-template-outside-file = it refers to a file outside itself ({ $href }); embed images as data: URLs
error-template-size = its width and height must be lengths with a unit (mm, cm, in or pt), not “{ $value }”
error-template-hidden = the element “{ $id }” marks a box or line but is not drawn: it is hidden, inside <defs>, or has no size
error-template-placeholders = the sign gives no text for its placeholders { $names }
error-template-elements = it has { $count } elements; streep reads templates of at most { $max }
error-template-slot-twice = it has two boxes for the “{ $slot }” text; a slot has one box (and may have one sample text)
error-template-utf8 = it is not UTF-8 text
error-template-svg = it cannot be read as SVG: { $reason }
error-template-attribute = { $attribute }="{ $value }" is not a valid value
error-template-slot-id = the “{ $slot }” element needs an id
error-template-no-cut = a sticker template needs a die-cut line: an element with data-cut
error-template-cut-shape = the die-cut line must be a shape (rect, circle, ellipse or path)
error-output-is-folder = { $path } is a folder: give a file name ending in .pdf, .svg or .png.
error-output-no-folder = { $path } cannot be written: the folder { $folder } does not exist.
error-sign-file-name = A sign file cannot be called { $name }: that name is the house-style file's. Choose another, e.g. sign.toml.
error-output-clash = { $path } is named twice, or is a file the sign is made from: give each output a name of its own.
error-sign-file-extension = A sign file is TOML: end its name in .toml, not { $path }.
error-output-format = Cannot tell what to write as { $path }: end the name in .pdf, .svg or .png.
error-output = { $path } cannot be written: { $reason }
error-no-output = Say where to write the sign: -o poster.pdf (or .svg, .png), or --save-sign sign.toml.
error-png-too-large = A PNG of { $width } x { $height } pixels ({ $dpi } dpi) is too large to make. Give a lower --dpi.
error-dpi = A resolution of { $dpi } dpi is out of range: give { $min } to { $max }.
error-png = The PNG cannot be made: { $reason }
error-sign-empty = The sign has no text: give the words to print.
error-sign-file = Sign file { $file } cannot be read: { $reason }

## Before/after sheets (streep compare)
compare-document-title = Signs before and after
compare-title = Sign { $number } of { $count }, before and after
compare-before = Before
compare-after = After
compare-why = What changed, and why
compare-focus = Customer focus
compare-score = { $score } / 100
compare-change = “{ $before }” becomes “{ $after }”
compare-advice = Worth a look: “{ $words }”
compare-advice-why = { $reason } Perhaps: “{ $suggestion }”
error-compare-format = “{ $path }” cannot be a before/after sheet: end the name in .pdf, .svg, .png or .html.
error-compare-too-many = The list has { $signs } signs; a comparison shows at most { $most }. Split the list into smaller ones (for example with `split -l { $most }`).
compare-no-changes = Nothing to change: this sign already speaks to the customer.
compare-more = … and { $count } more
compare-summary = Summary
compare-cover-facts = { $signs ->
    [one] One sign
   *[other] { $signs } signs
}, { $changed } reworded; customer focus { $before } before, { $after } after.
compare-date = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
error-logo = The logo { $path } cannot be read: { $reason }
error-logo-kind = The logo { $path } is neither .png nor .svg.
compare-summary-facts = { $signs ->
    [one] One sign
   *[other] { $signs } signs
}, of which { $changed } reworded.
compare-average-before = Before, on average
compare-average-after = After, on average
compare-categories = Findings per kind
compare-signs = Each sign’s customer focus, before and after
compare-score-change = { $before } to { $after }
error-compare = Sign { $sign } cannot be shown: { $reason }
cli-compare-wrote = wrote { $path } ({ $pages ->
    [one] one page
   *[other] { $pages } pages
})
category-perspective = Perspective
category-address = Address
category-request = Requests
category-prohibition = Prohibitions
category-obligation = Obligations
category-exclusion = Exclusion
category-self-protection = Self-protection
category-jargon = Jargon
category-shouting = Shouting
category-service = Service
note-unreadable-contrast = error: “{ $text }” in { $colour } on { $ground } has a contrast of only { $ratio }:1; below 3:1 many people cannot read it at all. Choose colours further apart (WCAG asks at least { $least }:1).
error-unreadable-sign = “{ $text }” in { $colour } on { $ground } has a contrast of only { $ratio }:1; below 3:1 many people cannot read it at all, so nothing was written. Choose colours further apart (WCAG asks at least { $least }:1), or add --force to write it anyway.
warning-unreadable-forced = warning: “{ $text }” in { $colour } on { $ground } has a contrast of only { $ratio }:1; below 3:1 many people cannot read it at all. Written anyway, as --force asks (WCAG asks at least { $least }:1).
warning-cap-height = warning: “{ $text }” has a capital height of { $cap } mm; to be read from { $distance } m it needs { $least } mm ({ $standard }). Make the sign larger or the text shorter, or give the real distance (--viewing-distance, or viewing_distance in a sign file's [print]).
warning-near-trim = warning: “{ $text }” comes within { $gap } mm of the edge; keep text at least { $least } mm inside, where cutting cannot touch it.
warning-many-words = warning: the sign has { $words } words; people read only a few in passing, and { $most } is about the most that works.
warning-long-sentence = warning: “{ $sentence }” has { $words } words; a sentence of at most { $most } words is read at a glance.
cli-batch-note = row { $row }{ $line ->
    [0] {""}
   *[other] {" "}(line { $line })
}: { $note }
cli-licenses-intro = streep embeds work made by others. Each part travels with its own licence:
cli-licenses-fonts = The typeface Atkinson Hyperlegible Next (assets/fonts), under the SIL Open Font License 1.1
cli-licenses-lexicon = The Dutch lexicon (assets/lexicon/nl.fst), derived from OpenTaal’s Dutch dictionary, under the Revised BSD licence
cli-licenses-colour = The CMYK output profile of FOGRA39 (assets/colour), made from FOGRA’s characterization data as Kai-Uwe Behrmann published it, under the zlib licence
cli-licenses-hyphenation = Hyphenation patterns (assets/hyphenation) come from the TeX hyphenation project (hyph-utf8) through the Rust crate “hyphenation”; each language’s patterns carry their own licence: https://github.com/hyphenation/tex-hyphen
cli-wrote-file = wrote { $path }
cli-fonts-install = Install the two fonts (open each and choose Install, or copy them to ~/.local/share/fonts) and restart Inkscape or Illustrator: templates then show Atkinson Hyperlegible Next, as streep prints it. OFL.txt is their licence; keep it with them.
error-phrases-lang = There are no ready sign texts in “{ $lang }” yet; there are in: { $known }.
error-phrase-unknown = There is no ready sign text “{ $id }” in { $lang }. `streep phrases` lists them: { $known }.
error-phrase-variables = The sign text “{ $id }” needs { $names }: give it with --set, e.g. --set { $names }=…
cli-phrase-needs = needs --set { $names }
error-second-lang-without-text = --lang with two languages needs the text in the second one: give --second, or a ready text with --phrase.
error-second-lang-same = --lang names “{ $lang }” twice: give two different languages, e.g. nl,en.
compare-summary-continued = Summary, continued: each sign’s customer focus, before and after

## streep studio: the command, and the page (every text the page shows)
cli-studio-ready = streep studio is open at { $url } — stop it with Ctrl-C.
cli-studio-elsewhere = warning: the studio listens on { $address }, where other computers on the network can reach it; everyone who can reach it can use it.
cli-studio-no-browser = Open { $url } in your browser.
error-studio-listen = The studio cannot listen on { $address }: { $reason }
studio-title = streep studio
studio-tagline = Signs written from the customer’s side, ready to print.
studio-language = Language of this page
studio-text-heading = Your sign
studio-text-label = What should the sign say?
studio-text-hint = Type or paste the wording as you have it. An empty line starts a new paragraph.
studio-phrase-label = Or start from a ready text
studio-phrase-use = Use this text
studio-phrase-none = (your own text)
studio-sign-lang-label = Language of the sign
studio-sign-lang-auto = Tell from the text
studio-lang-nl = Dutch
studio-lang-en = English
studio-lang-de = German
studio-lang-fr = French
studio-wording-heading = Customer-centred wording
studio-wording-empty = Type a text to see how streep would word it.
studio-wording-same = streep would not change this wording.
studio-changes-heading = Changes
studio-change-undo = Keep the original
studio-change-redo = Use the change
studio-change-kept = kept as it was
studio-advice-heading = Worth a look
studio-advice-suggestion = Perhaps: “{ $suggestion }”
studio-score-heading = Customer focus
studio-score-before = As given: { $score } / 100
studio-score-after = As it will print: { $score } / 100
studio-edit-label = The wording that will print (you can change it)
studio-edit-hint = Your own edits win: the changes above then no longer apply. Typing in the first box starts again from streep’s wording.
studio-edit-reset = Back to streep’s wording
studio-design-heading = Design
studio-kind-label = Kind of sign
studio-template-poster = Poster
studio-template-poster-landscape = Poster, landscape
studio-template-bilingual = Poster in two languages
studio-template-round = Floor sticker, round
studio-template-rounded = Floor sticker, rounded rectangle
studio-template-footprints = Floor sticker, footprints
studio-template-line = Floor sticker, queue line
studio-template-window = Window sticker
studio-size-label = Size
studio-size-own = As the template
studio-size-custom = Width × height…
studio-orientation-label = Landscape
studio-white-ink-label = White ink under the colours (clear film)
studio-note-clear-film = The { $template } sticker is printed on clear film: without white ink under it, its colours are see-through. Tick “White ink under the colours” if the print shop prints white, or have it printed on white film.
studio-colours-heading = Colours
studio-colour-own = The template’s own colours
studio-colour-ink = Text
studio-colour-background = Background
studio-colour-accent = Accent
studio-icon-label = Icon
studio-icon-auto = One that fits the text
studio-icon-none = No icon
studio-icon-wait = Hourglass (waiting)
studio-icon-footprints = Footprints
studio-icon-arrow = Arrow
studio-icon-distance = Keep your distance
studio-icon-wheelchair = Wheelchair
studio-icon-information = Information
studio-icon-toilet = Toilet
studio-icon-card = Card payment
studio-icon-phone = Phone
studio-icon-dog = Dog
studio-icon-no-smoking = No smoking
studio-icon-shower = Shower
studio-icon-hand-washing = Hand washing
studio-icon-parking = Parking
studio-icon-bicycle = Bicycle
studio-second-label = Second language
studio-second-none = None
studio-second-text = The text in the second language
studio-second-wording = streep writes it: “{ $text }”
studio-second-keep = Keep my wording in the second language
studio-preview-heading = As it will print
studio-preview-alt = The sign as it will print: { $text }
studio-preview-empty = The preview appears here once the sign has a text.
studio-notes-heading = Legibility
studio-notes-none = No problems: the letters are large enough for the viewing distance and stand out from the background.
studio-download-heading = Download
studio-download-pdf = PDF for the printer
studio-download-svg = SVG to edit
studio-download-png = PNG to look at
studio-save-sign = Save the sign file
studio-open-sign = Open a sign file
studio-working = Working…
studio-error-host = This address does not name the studio: open it as http://localhost or http://127.0.0.1 with its port.
studio-error-origin = This request came from another web site; the studio only answers its own page.
studio-error-json = The request is not what the studio reads: { $reason }
studio-error-body = The request could not be read.
studio-error-too-large = The request is larger than the { $mb } MB the studio reads at once.
studio-error-too-long = This took too long and was stopped. Try a shorter text or a smaller sign.
studio-error-failed = Something went wrong inside streep; the studio keeps running. Please report what you did.
studio-error-path = A sign made in the studio cannot name files (a template, font or colour profile): choose a built-in template.
studio-error-format = The studio writes PDF, SVG and PNG.
studio-error-not-found = There is nothing at this address.
studio-error-offline = The studio does not answer. Is it still running?
studio-error-compare-empty = Paste the signs to compare first, one a line.
studio-error-compare-format = A comparison comes as JSON, PDF or HTML.
studio-compare-heading = Before and after, for a client
studio-compare-intro = Paste an organisation’s signs, one a line: streep shows each as given and as reworded, with the reasons and the scores, and makes the sheet to hand over.
studio-compare-signs-label = The signs, one a line
studio-compare-file-label = Or choose a text file of signs
studio-compare-title-label = Title of the sheet (optional)
studio-compare-client-label = Client (optional)
studio-compare-show = Compare
studio-compare-pdf = Sheet as PDF
studio-compare-html = Sheet as one HTML file
studio-compare-summary = { $signs } signs, { $changed } reworded; customer focus { $before } → { $after } on average.
studio-compare-categories = What was found most
studio-compare-before = As given
studio-compare-after = Reworded
studio-compare-why = Why
studio-compare-score = { $before } → { $after }
studio-error-batch-format = Signs from a table come as one PDF or a zip.
studio-error-no-rows = No row of the table can be made into a sign: see the problem of each.
studio-error-zip = The zip could not be made: { $reason }
studio-batch-heading = A sign for every branch
studio-batch-intro = Choose a table (Excel, LibreOffice, CSV, JSON or TOML) with a column per text: headline, body, footer (or kop, tekst, voettekst), and size or icon if rows differ. Each row becomes a sign in the kind of sign chosen above; you see every row and its problems before anything is made for print.
studio-batch-file-label = Choose the table
studio-batch-summary = { $rows } rows: { $good } ready, { $failed } with a problem.
studio-batch-row = Row
studio-batch-sign = Sign, as it will print
studio-batch-problems = Problems and notes
studio-batch-fine = Ready
studio-batch-pdf = All signs as one PDF
studio-batch-zip = A PDF per sign, in a zip with a report
studio-house-style-none = House style: none in this folder, so streep’s own — “u” for the reader, every rule on.
studio-house-style = House style: streep.toml of the folder the studio was started in — the reader is addressed as { $address }{ $protect ->
    [none] {""}
   *[other] ; never changed: { $protect }
}{ $disable ->
    [none] {""}
   *[other] ; rules off: { $disable }
}.
studio-address-formal = “u”
studio-address-informal = “je”
studio-address-keep = the sign has it
studio-error-size-round = The { $template } sticker is round, so its size must be square, not { $size }: choose a size such as 400x400mm.
studio-error-missing-glyphs = The font { $font } has no glyphs for { $chars } in the { $slot } text. Leave them out.
studio-error-png-too-large = A PNG of { $width } x { $height } pixels ({ $dpi } dpi) is too large to make. Download the PDF instead.
studio-error-unreadable-sign = “{ $text }” in { $colour } on { $ground } has a contrast of only { $ratio }:1; below 3:1 many people cannot read it at all, so it is not made. Choose colours further apart (WCAG asks at least { $least }:1).
studio-warning-cap-height = “{ $text }” has a capital height of { $cap } mm; to be read from { $distance } m it needs { $least } mm ({ $standard }). Choose a larger size or a shorter text.
studio-note-batch-unused-columns = Not used: { $count ->
    [one] the column { $columns }, which
   *[other] the columns { $columns }, which
} the { $template } template has no place for. A column can be one of: { $known }.
studio-note-low-contrast = “{ $text }” in { $colour } on { $ground } has a contrast of { $ratio }:1; WCAG asks at least { $least }:1 to be read easily.
studio-note-unreadable-contrast = “{ $text }” in { $colour } on { $ground } has a contrast of only { $ratio }:1; below 3:1 many people cannot read it at all. Choose colours further apart (WCAG asks at least { $least }:1).
studio-warning-near-trim = “{ $text }” comes within { $gap } mm of the edge; keep text at least { $least } mm inside, where cutting cannot touch it.
studio-warning-many-words = The sign has { $words } words; people read only a few in passing, and { $most } is about the most that works.
studio-warning-long-sentence = “{ $sentence }” has { $words } words; a sentence of at most { $most } words is read at a glance.

# Constructions of German, French and English signs.
rule-prohibition-do-without = “… is not allowed” only forbids, and speaks of nobody; that it is enforced only threatens. Ask the reader to do without it: “{ $after }”
rule-prohibition-do-without-there = { rule-prohibition-do-without }
rule-request-asked-about = “… are requested to …” talks about the customer instead of to them. Ask them directly: “{ $after }”
rule-obligation-follow-instructions = “… must be obeyed” is officialese. Ask: “{ $after }”
rule-obligation-is-to-be-done = “… is to be done” states a duty and speaks of nobody. Ask the reader: “{ $after }”
rule-obligation-duty = A duty stated as a rule talks about the reader from behind the counter. Ask them, and say why it is needed.
rule-obligation-rule-about-people = A rule about “children”, “visitors” or “everyone” talks about the readers instead of to them. Address them, say what they can do, and why.
rule-service-refusal = A refusal stated as a rule says what is not possible. Say what is: what the customer can do instead, and whom to ask.
rule-self-protection-liability = Disclaiming liability protects the organisation and warns nobody in time. Say how customers can keep their things safe, and where to find help.
rule-self-protection-punishment = Threatening with fines and the police welcomes nobody and makes few more careful. Say why the rule matters, and thank people for keeping it.
rule-jargon-office-talk = Officialese (“it is pointed out”, “we reserve the right”) speaks from behind the counter. Say it as you would at the counter.
rule-request-bare-infinitive = A bare infinitive with an exclamation mark is an order. Ask, and say why.
rule-request-bare-order = A bare order (“Maintain silence”, “No running”) commands. Ask, and say why.
rule-prohibition-no-noun = “… forbidden” only forbids, and speaks of nobody. Ask as a person would, with thanks: “{ $after }”
rule-prohibition-it-is-forbidden-to = { rule-prohibition-do-without }
rule-request-we-beg-you = “Nous vous prions de” is old officialese; “Merci de” asks as kindly and sounds like a person.
rule-address-du-object-dative = Address the readers as “Sie”: “euch” becomes “Ihnen” where it is dative (“mit euch”, “wir danken euch”).
rule-address-du-object-accusative = Address the readers as “Sie”: “euch” becomes “Sie” where it is accusative (“für euch”, “wir bitten euch”).
rule-prohibition-no-access = Say what the reader is asked, not what is forbidden: “{ $after }”.
rule-request-is-invited-to = The sign speaks about the reader; invite them: “{ $after }”.
rule-request-asked-that = A request in the passive asks nobody; ask the reader: “{ $after }”.
rule-request-asked-that-after = { rule-request-asked-that }
rule-prohibition-only-authorised = Say who may, not who may not: “{ $after }”.
rule-prohibition-only-authorised-to = { rule-prohibition-only-authorised }
rule-exclusion-only-with = The sign says first who is shut out; say what the reader can do, and when.
rule-prohibition-never = “Never, under any circumstances” raises the voice; ask, and give the reason.
rule-prohibition-keep-out = A ban says only what may not come in; ask, as one person asks another: “{ $after }”
