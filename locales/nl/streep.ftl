### streep — Nederlandse teksten: de uitleg bij elke regel en de berichten van de opdrachtregel.
### Regelberichten mogen { $before } (de oorspronkelijke tekst) en { $after } (de nieuwe) gebruiken.

## Ernst

severity-info = info
severity-warning = waarschuwing
severity-error = fout

## Opdrachtregel

cli-error = fout: { $message }
cli-not-rewritten = niet herschreven
cli-suggestion = suggestie
cli-check-summary = klantgerichtheid { $score }/100 · { $findings ->
    [0] geen bevindingen
    [one] 1 bevinding
   *[other] { $findings } bevindingen
  }
cli-check-total = { $signs } borden · { $findings ->
    [one] 1 bevinding
   *[other] { $findings } bevindingen
  } in totaal
cli-advice-hint = { $count ->
    [one] 1 zinsdeel vraagt om uw eigen oordeel
   *[other] { $count } zinsdelen vragen om uw eigen oordeel
  }; --explain of `streep check` toont ze.
cli-rule-off = uit
cli-rule-rewrites = herschrijft
cli-rule-advises = adviseert
cli-example-failed = MISLUKT
cli-example-expected = verwacht:
cli-example-got = gekregen:
cli-examples-summary = { $passed } passed, { $failed } failed
cli-detected-lang = let op: de tekst lijkt { $lang ->
    [de] Duits
    [fr] Frans
    [en] Engels
   *[other] Nederlands
  } ({ $lang }); kies met --lang.
cli-batch-detected-lang = let op: { $rows ->
    [one] 1 rij lijkt
   *[other] { $rows } rijen lijken
  } { $lang ->
    [de] Duits
    [fr] Frans
    [en] Engels
   *[other] Nederlands
  } ({ $lang }); kies met --lang.
cli-signs-detected-lang = let op: { $signs ->
    [one] 1 bord lijkt
   *[other] { $signs } borden lijken
  } { $lang ->
    [de] Duits
    [fr] Frans
    [en] Engels
   *[other] Nederlands
  } ({ $lang }) en { $signs ->
    [one] wordt
   *[other] worden
  } zo gelezen; kies met --lang.

## Fouten

error-unknown-language = Onbekende taal “{ $lang }”. Kies uit: { $known }.
error-no-interface = streep kan zijn berichten nog niet in het { $lang ->
    [de] Duits
    [fr] Frans
   *[other] { $lang }
  } tonen. Kies uit: { $known }. (Borden in het { $lang ->
    [de] Duits
    [fr] Frans
   *[other] { $lang }
  } kan wel: dat is --lang.)
error-rule-file = Regelbestand { $file } is niet te lezen: { $reason }
error-rule = Regelbestand { $file }, regel “{ $rule }”: { $reason }
error-config = Huisstijlbestand { $file } is niet te lezen: { $reason }
error-unknown-rule = De huisstijl zet “{ $name }” uit, maar er is geen regel of categorie met die naam. `streep rules` toont ze allemaal.
error-no-such-file = { $path }: dit bestand bestaat niet.
error-permission = { $path }: u hebt geen toestemming om dit bestand te lezen.
error-is-folder = { $path } is een map, geen bestand.
error-write = De uitvoer kan niet worden geschreven: { $reason }
error-io = { $path }: { $reason }
error-not-text = { $path } is geen tekstbestand: regel { $line }, teken { $column } is een NUL-byte, zoals in een tekstverwerkerbestand of een pdf. Bewaar de borden als platte tekst (.txt), een bord per regel.
error-no-input = Geef de tekst van een bord, een bestand met één bord per regel, of - om standaardinvoer te lezen.
error-too-large = { $what } is groter dan { $limit } MB, meer dan streep in één keer leest. Splits een tabel of tekst in kleinere bestanden; geen lettertype of kleurprofiel is zo groot.

## Fouten in patronen en vervangingen

pattern-unexpected = onverwacht teken “{ $char }” in kolom { $column } van het patroon
pattern-expected = “{ $char }” verwacht in kolom { $column } van het patroon
pattern-empty-alternative = een leeg alternatief in het patroon, vóór kolom { $column }
pattern-duplicate-capture = het patroon vangt “{ $name }” twee keer
pattern-too-many-captures = een patroon vangt hoogstens { $max } delen
pattern-unknown-class = het patroon noemt woordklasse “@{ $name }”, maar die staat niet in [lexicon]
pattern-class-outside-capture = een klasse staat in een capture: schrijf <:@{ $name }>, niet @{ $name }
pattern-matches-nothing = het patroon kan met niets overeenkomen; het moet minstens één woord vangen
pattern-trailing-backslash = het patroon eindigt op een backslash
template-unclosed-brace = de vervanging opent “${"{"}” zonder “{"}"}”
template-unknown-capture = de vervanging gebruikt ${ $name }, maar het patroon vangt geen “{ $name }”
template-unknown-form = de vervanging gebruikt vorm “{ $name }”, maar die staat niet in [forms]
rule-duplicate-id = deze id bestaat al
rule-id-form = een id is “categorie.naam”, bijvoorbeeld “perspective.behind-the-line”
rule-pattern-or-detector = een regel heeft óf een pattern óf een detector (en alleen de address-detector heeft een role)
rule-address-detector = de address-detector leest Nederlands, Duits en Frans, en de regel zegt welke aanspreekvorm hij schrijft: address = “formal” of “informal”
rule-replacement-or-suggestion = een regel heeft een replacement (herschrijft) of een suggestion (adviseert), niet allebei; een detector heeft geen van beide
rule-address-keep = address is “formal” of “informal” bij een regel
rule-missing-message = er is geen bericht “{ $message }” in streep.ftl; geef het, of zet explanation = "…" in de regel
rule-replacement-repeats = de nieuwe tekst bevat de woorden die hij vervangt, en zou steeds opnieuw vervangen worden
rule-unknown-guard = de regel noemt guard “{ $name }”, maar die staat niet in [guards]
rule-example-needs-after = het voorbeeld “{ $example }” mist after: deze regel herschrijft
rule-example-has-after = het voorbeeld “{ $example }” heeft een after, maar deze regel adviseert alleen

## Uitleg bij de regels

rule-shouting-all-caps = Hoofdletters lezen als schreeuwen, en trager: woorden in kleine letters herkent u aan hun vorm.
rule-shouting-exclamation-marks = Eén rustige zin werkt beter dan uitroeptekens; die klinken boos.
rule-shouting-question-exclamation = “?!” klinkt geïrriteerd; een gewone vraag is vriendelijker.

rule-service-not-my-department = “Daar ga ik niet over” laat de klant alleen. Neem het probleem over: zoek uit wie wél helpt.
rule-service-nothing-i-can-do = “Daar kan ik niks aan doen” sluit het gesprek. Zeg wat u wél kunt doen.
rule-service-pass-it-on = “Ik zal het doorgeven” belooft niets. Zeg wie het oppakt en dat de klant hoort wat er gebeurt.
rule-service-call-my-colleague = Laat de klant niet zelf bellen: regel dat de collega de klant belt.
rule-service-wrong-counter = De klant weet niet hoe uw organisatie is ingedeeld. Breng hem naar de juiste plek in plaats van hem weg te sturen.
rule-service-rules-are-rules = “Regels zijn regels” legt niets uit. Geef de reden, en zeg wat wél kan.

rule-request-gelieve = “{ $before }” is ambtelijke taal en klinkt als een bevel. Een vraag met “Wilt u …?” nodigt uit.
rule-request-asked-to = “… wordt verzocht …” spreekt over de klant in plaats van tegen hem. Vraag het hem direct: “Wilt u …?”
rule-request-must = “Dient u … te …” is ambtelijk en klinkt als een plicht. Een vraag nodigt uit.

rule-obligation-you-must = “U moet …” is een bevel. Een vraag, liefst met de reden erbij, werkt vriendelijker en net zo goed.
rule-obligation-face-mask = Zeg waarom: een vraag met de reden wordt beter opgevolgd dan “verplicht”.
rule-obligation-mandatory = “Verplicht” spreekt vanuit de regel, niet vanuit de klant. Vraag het, en zeg waarom het nodig is.
rule-obligation-imperative = Een gebiedende wijs is kortaf. Een vraag met “Wilt u …?” klinkt als iemand die wil helpen.
rule-obligation-imperative-cluster = { rule-obligation-imperative }

rule-prohibition-forbidden-to = “Verboden” zegt alleen wat niet mag. Een vraag klinkt als een verzoek van mens tot mens; zeg er zo mogelijk bij waar het wél kan.
rule-prohibition-activity-forbidden = { rule-prohibition-forbidden-to }
rule-prohibition-not-activity = “Niet …” als losse opdracht is kortaf. Vraag het, en zeg zo mogelijk waar het wél kan.
rule-prohibition-no-entry = “Geen toegang” stuurt weg zonder uitleg. Zeg voor wie de ruimte is, en dat de bezoeker hulp kan vragen.
rule-prohibition-forbidden = Een verbod zegt alleen wat niet mag. Zeg wat de klant wél kan, en waarom.
rule-prohibition-legal-sign = Dit bord citeert de wet; laat die tekst staan. Een vriendelijke regel erbij zegt de bezoeker waar hij wél terechtkan.

rule-exclusion-toilet-customers-only = “Alleen voor klanten” sluit uit. Zeg het als een welkom, met de voorwaarde erbij.
rule-exclusion-not-for-customers = “Niet voor klanten” sluit uit. Zeg voor wie de ruimte is, en dat de klant hulp kan vragen.
rule-exclusion-staff-only = Zeg voor wie de ruimte is, en dat de bezoeker hulp kan vragen.
rule-exclusion-staff-room = { rule-exclusion-staff-only }
rule-exclusion-customers-only = “Alleen voor …” sluit uit. Zeg het als een welkom, met de voorwaarde erbij.
rule-exclusion-appointment-only = Zeg wat iemand zonder afspraak kan doen.

rule-self-protection-not-liable = Een bord dat de organisatie beschermt, zegt de klant niets. Zorg mee: vraag de klant op zijn spullen te letten, en zeg dat hij hulp kan vragen.
rule-self-protection-own-risk = “Op eigen risico” beschermt de organisatie. Zeg wat de klant kan doen om schade te voorkomen.
rule-self-protection-no-refund = Zeg wat wél kan (ruilen, een tegoedbon) in plaats van wat niet kan.
rule-self-protection-breaking-is-buying = Een dreigement maakt niemand voorzichtiger. Een vraag en een aanbod om te helpen wel.
rule-self-protection-camera = Camera's melden is verplicht; zeg erbij dat ze er ook voor de veiligheid van de klant zijn.

rule-perspective-behind-the-line = Vanaf de balie gezien wacht de klant achter de streep; de klant zelf staat ervóór. Schrijf vanuit de klant: “{ $after }”.
rule-perspective-in-front-accent = “voor de streep” kan ook “ten behoeve van” betekenen; met accenten (“vóór”) is het meteen duidelijk.
rule-perspective-discretion = “Discretie” is het woord van de organisatie. Zeg wat de klant doet en waarom: zo heeft de klant vóór hem rust.
rule-perspective-closed-counter = Zeg waar de klant wél terechtkan.

rule-jargon-food-brought-along = “Het nuttigen van etenswaren” is ambtelijk; zeg “eten en drinken”.
rule-jargon-consume = “Nuttigen” is ambtelijk; zeg “eten” of “drinken”.
rule-jargon-unauthorised = “Onbevoegden” is jargon en klinkt als een beschuldiging.
rule-jargon-cq = “c.q.” kent niet iedereen; zeg “of”.
rule-jargon-ivm = Afkortingen lezen lastig, en “in verband met” is ambtelijk; zeg “vanwege”.
rule-jargon-indien = “Indien” is ambtelijk; zeg “als”.
rule-jargon-middels = “Middels” is ambtelijk; zeg “met”.
rule-jargon-tbv = “t.b.v.” kent niet iedereen; zeg “voor”.
rule-jargon-dmv = “d.m.v.” kent niet iedereen; zeg “met”.
rule-jargon-please-abbreviation = Schrijf “alstublieft” voluit: afkortingen lezen lastig.
rule-jargon-formal-words = “{ $before }” is formeel; “{ $after }” zegt hetzelfde in gewone taal.
rule-jargon-before-you = “Alvorens” is ambtelijk; zeg “voordat”.
rule-request-we-ask-readers = “Wij vragen de bezoekers om …” praat over de lezers in plaats van tegen hen. Vraag het hun zelf: “{ $after }”
rule-jargon-abbreviation = Niet iedereen kent “{ $before }”; schrijf het voluit: “{ $after }”.
rule-obligation-please-do = “Graag …” met een kaal werkwoord is een verkapt bevel. Vraag het: “{ $after }”
rule-obligation-please-do-this = { rule-obligation-please-do }
rule-prohibition-readers-as-objects = “Bezoekers worden …” maakt de lezers tot voorwerp van de organisatie. Spreek hen aan: zeg wat zij kunnen doen.
rule-address-missing-zich = Met u als onderwerp (de t laat het zien) hoort er “zich” bij: “{ $after }”.
rule-shouting-caps-word = Een woord in hoofdletters schreeuwt, en leest trager. In kleine letters staat het er even duidelijk.
rule-request-asked-to-after = { rule-request-asked-to }
rule-request-asked-to-named = “… worden verzocht …” praat over de lezers in plaats van tegen hen. Vraag het hun zelf: “{ $after }”
rule-request-asked-passive = “Er wordt verzocht …” zegt niet wie wie iets vraagt. Vraag het de lezer zelf: “Wilt u …?”
rule-request-must-subject = { rule-request-must }
rule-request-must-after-clause = { rule-request-must }
rule-obligation-officialese-must = “Dienen … te” is ambtelijk voor “moeten”; het gewone woord is duidelijker. Nog beter: vraag het, en zeg waarom.
rule-obligation-you-are-obliged = “U bent verplicht …” spreekt vanuit de regel. Een vraag nodigt uit: “{ $after }”
rule-obligation-fronted-obliged = { rule-obligation-you-are-obliged }
rule-obligation-activity-mandatory = “Verplicht” spreekt vanuit de regel, niet vanuit de klant. Een vraag nodigt uit: “{ $after }”
rule-obligation-doing-mandatory = { rule-obligation-activity-mandatory }
rule-obligation-fronted-doing-mandatory = { rule-obligation-activity-mandatory }
rule-obligation-doing-mandatory-for = { rule-obligation-activity-mandatory }
rule-obligation-who-must = “Wie …, moet …” is een bevel over de lezer. Vraag het, en zeg waarom.
rule-prohibition-forbidden-to-where = { rule-prohibition-forbidden-to }
rule-prohibition-forbidden-things = { rule-prohibition-forbidden-to }
rule-prohibition-forbidden-the-thing = { rule-prohibition-forbidden-to }
rule-prohibition-activity-forbidden-there = { rule-prohibition-forbidden-to }
rule-prohibition-forbidden-activity-there = { rule-prohibition-forbidden-to }
rule-prohibition-activity-forbidden-where = { rule-prohibition-forbidden-to }
rule-prohibition-where-activity-forbidden = { rule-prohibition-forbidden-to }
rule-prohibition-doing-forbidden = “Het … van … is niet toegestaan” is ambtelijk en verbiedt alleen. Een vraag aan de lezer: “{ $after }”
rule-prohibition-doing-the-thing-forbidden = { rule-prohibition-doing-forbidden }
rule-prohibition-doing-where-forbidden = { rule-prohibition-doing-forbidden }
rule-prohibition-not-to-do = Een kaal “Niet …” is kortaf. Vraag het: “{ $after }”
rule-prohibition-no-dogs = Zeg het vriendelijk, en vergeet hulphonden niet: die mogen bijna overal mee naar binnen.
rule-prohibition-animals = “Niet toegestaan” stuurt de lezer weg. Zeg het vriendelijk, en denk aan hulphonden: die mogen bijna overal naar binnen.
rule-prohibition-may-not-rewrite = “U mag niet …” verbiedt alleen. Een vraag klinkt als een mens die een ander iets vraagt: “{ $after }”
rule-prohibition-passive-refusal = “… wordt niet getolereerd/geaccepteerd/geretourneerd” weigert alleen, en zegt niet wie. Zeg wat de klant wél kan, en waarom.
rule-prohibition-not-accepted = “Wij accepteren geen …” weigert alleen. Zeg wat de klant wél kan.
rule-exclusion-activity-only-where = “Alleen toegestaan …” verbiedt al het andere. Zeg waar het kan: “{ $after }”
rule-exclusion-only-allowed = “Alleen …” sluit uit. Zeg voor wie of wat het is, als een welkom, met de voorwaarde.
rule-exclusion-only-these-may = { rule-exclusion-only-allowed }
rule-exclusion-not-welcome = “Niet welkom” wijst de lezer af. Zeg wat u van hem vraagt, en waarom.
rule-exclusion-on-showing = “Op vertoon van” is ambtelijk. Vraag erom, als een vraag.
rule-self-protection-right-to-refuse = “Wij behouden ons het recht voor …” spreekt vanuit macht, niet vanuit dienst. Zeg wat u van de klant vraagt, en waarom.
rule-self-protection-refuse = Een bord dat weigeren en verwijderen aankondigt, behandelt elke lezer als verdachte. Zeg wat u vraagt, en waarom.
rule-self-protection-sanction = Een dreigement (boete, verwijderen, de politie) maakt niemand voorzichtiger en heet niemand welkom. Zeg wat u vraagt en waarom; noem een gevolg alleen waar het moet.
rule-self-protection-agree-by-entering = “Bij binnenkomst gaat u akkoord …” is juridische zelfbescherming. Vraag de lezer rekening te houden met de huisregels, en bedank hem.
rule-self-protection-staff-may = “Medewerkers mogen …” kondigt macht aan. Zeg wat er gebeurt en waarom, als een dienst aan iedereen.
rule-jargon-consume-drink = { rule-jargon-consume }
rule-jargon-consume-food = { rule-jargon-consume }
rule-jargon-consume-servings = { rule-jargon-consume }
rule-jargon-muv = Niet iedereen kent “m.u.v.”; zeg “behalve”.
rule-jargon-tav = Niet iedereen kent “t.a.v.”; zeg “over”.
rule-jargon-either-or = “Dan wel” is ambtelijk; zeg “of”.
rule-jargon-and-or = “En/of” is ambtelijk; “of” zegt hetzelfde.
rule-jargon-at-all-times = “Te allen tijde” is ambtelijk; zeg “altijd”.
rule-jargon-commencement = “Aanvang” is ambtelijk; zeg “het begin”.
rule-jargon-no-go-ahead = “Geen doorgang vinden” is ambtelijk; zeg “gaan niet door”.
rule-jargon-indien-nodig = “Indien nodig” is ambtelijk; zeg “{ $after }”.
rule-jargon-officialese = “{ $before }” is ambtelijke taal. Zeg het in gewone woorden.

rule-address-subject = Spreek de lezer aan met u: “{ $after }”.
rule-address-subject-inverted = Spreek de lezer aan met u. Na het werkwoord vervalt bij “je” de t, bij “u” blijft hij: “{ $after }”.
rule-address-object = Spreek de lezer aan met u: “{ $after }”.
rule-address-possessive = Spreek de lezer aan met u: het bezittelijke “je”, “jouw” of “jullie” wordt “uw”.
rule-address-reflexive = Spreek de lezer aan met u; het wederkerende “je” wordt dan “zich”: “{ $after }”.
rule-address-agreement = Bij u krijgt het werkwoord een t: “{ $after }”.
rule-address-informal-subject = Uw organisatie spreekt de lezer aan met je: “{ $after }”.
rule-address-informal-inverted = Uw organisatie spreekt de lezer aan met je. Na het werkwoord vervalt bij “je” de t: “{ $after }”.
rule-address-informal-object = Uw organisatie spreekt de lezer aan met je: “{ $after }”.
rule-address-informal-possessive = Uw organisatie spreekt de lezer aan met je: “{ $after }”.
rule-address-informal-reflexive = Uw organisatie spreekt de lezer aan met je; het wederkerende “zich” wordt “je”: “{ $after }”.
rule-address-informal-agreement = Bij je krijgt het werkwoord de vorm bij je: “{ $after }”.
rule-address-informal-please = Uw organisatie spreekt de lezer aan met je: “{ $after }”.
rule-address-je-left = Spreek de lezer aan met u; hier was niet zeker of “je” u of uw moet worden.

rule-request-gelieve-reflexive = { rule-request-gelieve }
rule-prohibition-forbidden-here = { rule-prohibition-forbidden-to }
rule-prohibition-not-activity-where = { rule-prohibition-not-activity }



rule-obligation-card-only = “Uitsluitend met pin” zegt wat niet kan. Zeg wat wél kan: met uw pas betalen.
rule-obligation-passive-must = “… dienen te worden …” zegt niet wie iets moet doen. Spreek de klant aan, met een vraag.
rule-prohibition-may-not = “U mag … niet” zegt alleen wat niet kan. Zeg erbij wat wél kan, en waar.
rule-self-protection-own-responsibility = “Zelf verantwoordelijk” legt het bij de klant neer. Zeg wat de klant kan doen om schade te voorkomen.

rule-request-we-ask = { rule-request-asked-to }

rule-house-replace = Zo schrijft uw organisatie het: “{ $after }”.

## Eigen Nederlands nagekeken: een zin die streep niet goed kan maken, blijft staan

grammar-kept-wording = streep liet deze zin staan zoals u hem schreef: de herschreven zin zou geen goed Nederlands zijn ({ $reason }). Het advies hierboven geldt nog; herschrijf de zin zelf.
grammar-mixed-address = u en je zouden door elkaar staan, bij “{ $word }”
grammar-agreement = het werkwoord “{ $word }” zou niet bij u passen
grammar-possessive-without-noun = “uw” zou voor “{ $word }” staan, dat geen zelfstandig naamwoord is
grammar-pronoun-before-noun = “u” zou voor het zelfstandig naamwoord “{ $word }” staan, waar “uw” hoort
grammar-repeated-word = “{ $word }” zou twee keer achter elkaar staan
grammar-unknown-word = “{ $word }” is geen Nederlands woord
grammar-stray-stop = er zou een punt midden in de zin staan, na “{ $word }”
grammar-kept-unsettled = streep liet deze zin staan zoals u hem schreef: hij vraagt meer wijzigingen dan streep in één zin maakt. Het advies hierboven geldt nog; verdeel hem over kortere zinnen.

## Regels voor Duitse, Franse en Engelse borden

rule-request-infinitive = Een kale infinitief (“Bitte hier warten”) spreekt niemand aan. Spreek de lezer aan: “{ $after }”.
rule-request-quiet = “Stilte!” is een bevel. Vraag het vriendelijk, en zeg waarom: “{ $after }”.
rule-request-passive = “… worden verzocht …” praat over de klant in plaats van tegen hem. Vraag het rechtstreeks, met “Sie”.
rule-request-it-is-requested = “{ $before }” praat over de klant in plaats van tegen hem. Vraag het rechtstreeks: “{ $after }”.
rule-request-it-is-suggested = Een lijdend advies houdt afstand; vraag het de lezer zelf: “{ $after }”.
rule-request-not-allowed-to = Een verbod over mensen klinkt als een regel van achter de balie; vraag het hun: “{ $after }”.
rule-request-not-allowed-to-use = Zeg wat de lezer kan doen in plaats van wat niet mag: “{ $after }”.
rule-request-priere = “Prière de” is ouderwetse ambtelijke taal; “Merci de” vraagt het even beleefd en klinkt als een mens.
rule-request-kindly = “Kindly” klinkt stijf en ouderwets; “please” zegt hetzelfde, en warmer.
rule-obligation-must-verb = “U moet …” is een bevel. Een beleefd verzoek werkt net zo goed: “{ $after }”.
rule-obligation-public-must = “Klanten moeten …” praat over de lezer, en als bevel. Spreek hem rechtstreeks aan, en zeg waarom.
rule-prohibition-activity-please = Een kaal verbod zegt alleen wat niet mag. Een beleefd verzoek klinkt als de ene mens die de andere iets vraagt; zeg zo mogelijk ook waar het wél kan.
rule-self-protection-cloakroom = “Geen aansprakelijkheid voor de garderobe” beschermt de organisatie en zegt de klant niets. Vraag hem op zijn spullen te letten, en bied hulp aan.
rule-self-protection-threat = Een dreigement maakt niemand voorzichtiger en heet niemand welkom. Zeg waarom het verzoek ertoe doet.
rule-self-protection-reserve-the-right = “Wij behouden ons het recht voor …” spreekt vanuit de macht van de organisatie. Zeg wat u voor iedereen hier wilt, en vraag erom.
rule-jargon-unauthorised-persons = “Onbevoegden” is jargon en klinkt als een beschuldiging. Zeg voor wie de plek is, en dat bezoekers hulp kunnen vragen.
rule-jargon-bzw = Niet iedereen leest “bzw.” vlot; “oder” (of) is duidelijker.
rule-jargon-please-in-full = Schrijf het voluit: afkortingen lezen moeilijk. “{ $after }”.
rule-jargon-afin-de = “Afin de” is formeel; “pour” (om te) zegt hetzelfde in gewone taal.
rule-jargon-prior-to = “Prior to” is formeel; “before” (voordat) zegt hetzelfde in gewone taal.
rule-address-du-to-sie = Spreek de lezer aan met “Sie”, de beleefde norm op borden: “du” en “ihr” worden “Sie”, “dich” en “dir” “sich”, “Sie” of “Ihnen”, en het werkwoord krijgt de vorm bij “Sie”: “{ $after }”.
rule-address-du-possessive = Spreek de lezer aan met “Sie”: “dein” (jouw) wordt “Ihr”, met dezelfde uitgang.
rule-address-du-left = Spreek de lezer aan met “Sie”; hier was niet zeker hoe de zin moet veranderen.
rule-address-tu-to-vous = Spreek de lezer aan met “vous”, de beleefde norm op borden: “tu”, “te” en “toi” worden “vous”, en het werkwoord krijgt de vorm bij “vous”: “{ $after }”.
rule-address-tu-imperative = Spreek de lezer aan met “vous”: de gebiedende wijs wordt “{ $after }”.
rule-address-tu-possessive = Spreek de lezer aan met “vous”: “ton” en “ta” worden “votre”, “tes” wordt “vos”.
rule-address-tu-left = Spreek de lezer aan met “vous”; hier was niet zeker hoe de zin moet veranderen.
rule-address-public-may = Spreek tegen de lezer, niet over hem: “{ $after }”.
rule-address-cooperation = “Medewerking” maakt de lezer iemand die gehoorzaamt; gewoon bedanken is warmer.
rule-address-by-order = “Op last van de directie” spreekt als een gezag. Onderteken als de mensen die hier werken.

## Borden: posters en stickers

slot-headline = kop
slot-body = tekst
slot-footer = voettekst
slot-second = tweede taal
cli-rewrote = { $slot }: “{ $before }” → “{ $after }”
cli-would-rewrite = { $slot }: “{ $before }” blijft staan; streep zou schrijven: “{ $after }”
cli-wording-advice = let op: “{ $text }” vraagt uw eigen oordeel: { $message }
cli-wording-advice-suggestion = let op: “{ $text }” vraagt uw eigen oordeel: { $message } Misschien: “{ $suggestion }”
cli-wrote = { $path } geschreven ({ $size })
cli-saved-sign = bord bewaard in { $path }
cli-previews = een miniatuur van elk sjabloon staat in { $folder }
cli-template-copied = sjabloon { $name } geschreven naar { $path }: open het in Inkscape, houd de data-slot-attributen van de gestippelde vakken, en gebruik het met --template. Om het lettertype daar te zien, installeer het eerst: streep fonts MAP
template-warning-settings-lost = let op: het vak { $slot } heeft geen van zijn instellingen (data-slot, data-weight, data-max-size, …), dus de tekst komt in gewone dikte, op maten die alleen van het vak komen. Inkscapes “Object naar pad” haalt ze weg: maak dat ongedaan, of zet ze terug (vergelijk met `streep template new`).
template-warning-not-a-rectangle = let op: het vak { $slot } is een <{ $element }>, geen rechthoek; streep zet de tekst in het vak eromheen.
template-warning-turned = let op: het vak { $slot } is gedraaid of scheef (transform="{ $transform }"); streep zet de tekst rechtop in het vak eromheen. Draai liever de vormgeving, of houd het vak recht.
template-warning-sample-unstyled = let op: de voorbeeldtekst van het vak { $slot } heeft geen eigen lettertype-instellingen (font-size, font-weight, fill); misschien staan ze nu in een CSS-klasse. Het vak gebruikt zijn eigen data-attributen.
error-template-exists = { $path } bestaat al, misschien een sjabloon dat u bewerkte: kies een andere naam, of voeg --force toe om het te overschrijven.
cli-template-ok = in orde
cli-template-placeholders = plaatshouders: { $names }
cli-icons = Pictogrammen: { $icons }
note-low-contrast = waarschuwing: “{ $text }” in { $colour } op { $ground } heeft een contrast van { $ratio }:1; WCAG vraagt minstens { $least }:1 om goed leesbaar te zijn.
note-clear-film = waarschuwing: de sticker { $template } wordt op transparante folie gedrukt; zonder wit eronder zijn de kleuren doorzichtig. Vraag de drukker om witte inkt en geef --white-ink (met de naam van hun steunkleur als die niet “White” is), of laat hem op witte folie drukken.
error-output-profile = { $file } kan niet dienen als profiel van de pers: { $reason ->
        [not-cmyk] het is geen CMYK-profiel. Vraag de drukker om het CMYK-profiel van zijn pers of papier.
        [not-output] het beschrijft geen printer of pers (het is geen uitvoerprofiel).
       *[broken] het is geen ICC-profiel dat streep kan lezen.
    }
error-output-condition = Een drukconditie noemt de conditie van een profiel dat met --output-profile is gegeven (output_profile in een bordbestand); zonder profiel drukt streep voor FOGRA39.
error-white-name = “{ $value }” kan de witte inkt niet noemen: gebruik de naam van een steunkleur uit letters, cijfers, - en _ (“White” bij de meeste drukkers), geen procesinkt (Cyan, Magenta, Yellow, Black) of een naam die PDF voorbehoudt (All, None).
error-white-is-cut = “{ $value }” noemt zowel de witte inkt als de snijlijn: de drukker heeft twee namen nodig om de drukplaat van de lijn te onderscheiden.
error-pdfx-transparency = PDF/X-1a staat geen transparantie toe, en dit bord heeft { $what ->
        [picture] beeld met doorzichtige delen
       *[shape] een doorzichtige vorm
    }. Schrijf PDF/X-4 (--pdf-standard x4); dat nemen drukkers ook aan.
error-output-profile-unused = --output-profile noemt de pers van een drukbestand, maar --pdf-standard none schrijft schermkleuren: laat het profiel weg, geef --cmyk voor inkten volgens het profiel, of schrijf PDF/X.
error-pdfx1a-profile = PDF/X-1a is PDF 1.4, dat ICC-profielen tot versie 2 aanneemt, en dit profiel is van versie { $version }. Schrijf PDF/X-4 (--pdf-standard x4), of vraag de drukker om een profiel van versie 2.
error-pdfx1a-font = PDF/X-1a is PDF 1.4, dat { $font } niet kan insluiten: een OpenType-lettertype met PostScript-contouren (.otf). Schrijf PDF/X-4 (--pdf-standard x4), of gebruik een TrueType-lettertype (.ttf).
error-corner-radius-poster = Een poster heeft geen snijlijn, dus --corner-radius heeft niets om af te ronden: het is voor stickers met een rechthoekige snijlijn (line, rounded, window).
note-ink-limit = waarschuwing: { $colour } heeft { $total }% inkt, en de pers neemt hoogstens { $limit }%; het wordt geschreven zoals gegeven, maar kan uitlopen of traag drogen. Vraag het de drukker, of geef minder inkt.
note-icon-no-place = let op: het sjabloon { $template } heeft geen plaats voor een pictogram, dus { $icon } wordt niet getekend; kies een sjabloon met een pictogram (poster, round, window, …).
note-corner-radius-shrunk = let op: een hoekstraal van { $asked } mm past niet; de hoeken van de snijlijn worden { $most } mm afgerond, de helft van de kortste zijde.
note-icon-recoloured = Het pictogram is getekend in { $drawn }: in de tekstkleur { $colour } zou het niet opvallen tegen { $ground } erachter.
error-lang-code = “{ $value }” is geen taalcode: schrijf bijvoorbeeld nl, en, de of nl-BE.
error-diameter-shape = --diameter is voor ronde stickers; geef andere vormen een --size.
note-artwork-painted = let op: het sjabloon gebruikt { $feature }; dat deel van de vormgeving wordt als afbeelding van { $dpi } dpi gedrukt, de rest zoals getekend, en de tekst blijft tekst.
error-length = “{ $value }” is geen lengte. Schrijf een getal met een eenheid: 3mm, 0.5cm, 0.125in, 9pt.
error-size = “{ $value }” is geen formaat. Geef een papiermaat ({ $known }) of breedte x hoogte, in mm of met een eenheid (cm, in, pt), bijvoorbeeld 500x700mm.
error-size-range = Het formaat “{ $value }” kan niet: elke zijde moet groter dan 0 zijn en hoogstens { $max } m.
error-size-round = De sticker { $template } is rond, dus het formaat moet vierkant zijn, niet { $size }. Gebruik --diameter.
error-size-shape = Het sjabloon { $template } is gemaakt voor { $made-for }; { $size } zou het uit vorm trekken. Kies een ander formaat of sjabloon.
error-bleed = Een afloop van { $value } kan niet: geef 0 tot 25 mm.
error-option-value = { $option }: { $reason }
error-colour = “{ $value }” is geen kleur. Geef een naam ({ $dutch-names }; of in het Engels: { $names }), #rrggbb, of cmyk(c,m,y,k) in procenten.
error-colour-ink = “{ $value }” vraagt { $ink }% van een inkt; elke inkt van cmyk(c,m,y,k) is een percentage van 0 tot 100.
error-corner-radius-shape = De snijlijn van de sticker { $template } is geen rechthoek, dus er zijn geen hoeken om af te ronden: laat --corner-radius weg.
error-cut-name = “{ $value }” kan de steunkleur van de snijlijn niet heten: gebruik hoogstens 64 letters, cijfers, - en _, en niet de naam van een inkt (Cyan, Magenta, Yellow, Black, All, None), bijvoorbeeld CutContour.
error-font-broken = Het lettertype { $font } is niet te gebruiken: { $reason }.
error-missing-glyphs = Het lettertype { $font } heeft geen tekens voor { $chars } in de tekst van { $slot }. Laat ze weg, of geef met --font een lettertype dat ze wel heeft.
error-does-not-fit = De tekst van { $slot } past niet in het vak ({ $width } x { $height } mm), ook niet op de kleinste maat: { $sizes ->
    [one] geprobeerd op { $min } pt, het kleinste dat iemand kan lezen.
   *[range] geprobeerd van { $max } pt tot { $min } pt.
    } Maak “{ $text }” korter, of kies een groter formaat.
error-slot-unknown = Het sjabloon { $template } heeft geen tekst “{ $slot }”. De teksten: { $known }.
error-template-no-slots = Het sjabloon { $template } heeft geen tekstvakken: geef een rechthoek data-slot="{ $slot }" en een id (zie de README, Templates).
error-template-unknown = Er is geen sjabloon “{ $name }”. Ingebouwd: { $known }; of geef een .svg-bestand.
error-icon-unknown = Er is geen pictogram “{ $name }”. Ingebouwd: { $known }, of none.
error-sheet-too-small = Een bord van { $size } past met afloop niet op een vel van { $sheet }.
error-sheet-sizes = Borden van verschillende formaten ({ $size } en { $other }) kunnen geen vel delen: maak een batch per formaat.
error-no-pages = Er is geen pagina om te schrijven: het document zou leeg zijn.
error-batch-stopped = Rij { $row } kan niet worden gemaakt, dus de strikte batch stopt en schrijft geen document.
error-sheet-pattern = De borden vullen meer dan één vel, dus het -o-patroon { $pattern } heeft {"{"}sheet{"}"} nodig voor het nummer van het vel.
error-table = De tabel { $file } is niet te lezen: { $reason }
table-unknown-kind = geef een .csv-, .xlsx-, .ods-, .json- of .toml-bestand
table-parse = { $reason }
table-no-header = de eerste rij, de kopregel, noemt geen kolommen
table-no-sheet = de werkmap heeft geen blad
table-too-large = het heeft meer dan { $cells } cellen ({ $columns } kolommen); verdeel het over kleinere tabellen
note-encoding = let op: { $file } is geen UTF-8; streep las het als { $encoding }, zoals Excel het op Windows bewaart. Kijk de letters met accenten op de borden na.
error-batch-empty = De tabel heeft geen rijen: er valt niets te maken.
note-batch-unused-columns = Niet gebruikt: { $count ->
    [one] de kolom { $columns }, waar het sjabloon { $template } geen plaats voor heeft en die
   *[other] de kolommen { $columns }, waar het sjabloon { $template } geen plaats voor heeft en die
} geen -o-patroon noemt. Een kolom kan zijn: { $known }, of een naam in het -o-patroon.
error-row-no-headline = De rij heeft geen kop: het bord zou niets zeggen.
error-batch-missing = De tabel heeft geen kolom voor { $columns }, en die heeft het sjabloon { $template } nodig.
error-batch-collision = Rij { $first } en rij { $second } zouden allebei naar { $path } gaan: zet een kolom die verschilt, of {"{"}row{"}"}, in het -o-patroon.
error-batch-pattern = Het -o-patroon { $pattern } noemt {"{"}{ $name }{"}"}, maar de tabel heeft geen kolom met die naam. De kolommen zijn: { $columns }.
cli-batch-failed = rij { $row }{ $line ->
    [0] {""}
   *[other] {" "}(regel { $line })
}: { $reason }
cli-batch-summary = { $written } van { $rows ->
    [one] { $rows } bord
   *[other] { $rows } borden
} geschreven ({ $files ->
    [one] { $files } bestand
   *[other] { $files } bestanden
}), { $failed } mislukt, in { $seconds } s
error-template = Sjabloon { $name }: { $reason }
error-template-xml = het is geen geldige SVG: { $reason } (regel { $line }, kolom { $column })
error-template-outside-file = het verwijst naar een bestand buiten zichzelf ({ $href }); neem afbeeldingen op als data:-URL
error-template-size = breedte en hoogte moeten lengtes met een eenheid zijn (mm, cm, in of pt), niet “{ $value }”
error-template-hidden = het element “{ $id }” markeert een vak of lijn maar wordt niet getekend: het is verborgen, staat in <defs>, of heeft geen afmeting
error-template-placeholders = het bord geeft geen tekst voor de plaatshouders { $names }
error-template-elements = het heeft { $count } elementen; streep leest sjablonen van hoogstens { $max }
error-template-slot-twice = het heeft twee vakken voor de tekst “{ $slot }”; een vak is er één keer (met hoogstens één voorbeeldtekst)
error-template-utf8 = het is geen UTF-8-tekst
error-template-svg = het is niet als SVG te lezen: { $reason }
error-template-attribute = { $attribute }="{ $value }" is geen geldige waarde
error-template-slot-id = het element “{ $slot }” heeft een id nodig
error-template-no-cut = een stickersjabloon heeft een snijlijn nodig: een element met data-cut
error-template-cut-shape = de snijlijn moet een vorm zijn (rect, circle, ellipse of path)
error-output-is-folder = { $path } is een map: geef een bestandsnaam die eindigt op .pdf, .svg of .png.
error-output-no-folder = { $path } kan niet worden geschreven: de map { $folder } bestaat niet.
error-sign-file-name = Een bordbestand kan niet { $name } heten: dat is de naam van het huisstijlbestand. Kies een andere, bijvoorbeeld bord.toml.
error-output-clash = { $path } wordt twee keer genoemd, of is een bestand waar het bord van gemaakt wordt: geef elke uitvoer een eigen naam.
error-sign-file-extension = Een bordbestand is TOML: laat de naam eindigen op .toml, niet { $path }.
error-output-format = Niet duidelijk wat { $path } moet worden: laat de naam eindigen op .pdf, .svg of .png.
error-output = { $path } kan niet worden geschreven: { $reason }
error-no-output = Zeg waar het bord heen moet: -o poster.pdf (of .svg, .png), of --save-sign bord.toml.
error-png-too-large = Een PNG van { $width } x { $height } pixels ({ $dpi } dpi) is te groot om te maken. Geef een lagere --dpi.
error-dpi = Een resolutie van { $dpi } dpi kan niet: geef { $min } tot { $max }.
error-png = De PNG kan niet worden gemaakt: { $reason }
error-sign-empty = Het bord heeft geen tekst: geef de woorden die erop moeten.
error-sign-file = Bordbestand { $file } is niet te lezen: { $reason }

## Voor-en-na-bladen (streep compare)
compare-document-title = Borden vóór en na
compare-title = Bord { $number } van { $count }, vóór en na
compare-before = Vóór
compare-after = Na
compare-why = Wat er veranderde, en waarom
compare-focus = Klantgerichtheid
compare-score = { $score } / 100
compare-change = “{ $before }” wordt “{ $after }”
compare-advice = Kijk nog eens naar: “{ $words }”
compare-advice-why = { $reason } Misschien: “{ $suggestion }”
error-compare-format = “{ $path }” kan geen vóór-en-na-blad worden: laat de naam eindigen op .pdf, .svg, .png of .html.
error-compare-too-many = De lijst heeft { $signs } borden; een vergelijking toont er hoogstens { $most }. Verdeel de lijst over kleinere (bijvoorbeeld met `split -l { $most }`).
compare-no-changes = Niets te veranderen: dit bord spreekt de klant al aan.
compare-more = … en nog { $count }
compare-summary = Samenvatting
compare-cover-facts = { $signs ->
    [one] Eén bord
   *[other] { $signs } borden
}, { $changed } herschreven; klantgerichtheid { $before } vooraf, { $after } erna.
compare-date = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
error-logo = Het logo { $path } is niet te lezen: { $reason }
error-logo-kind = Het logo { $path } is geen .png of .svg.
compare-summary-facts = { $signs ->
    [one] Eén bord
   *[other] { $signs } borden
}, waarvan { $changed } herschreven.
compare-average-before = Vóór, gemiddeld
compare-average-after = Na, gemiddeld
compare-categories = Bevindingen per soort
compare-signs = De klantgerichtheid van elk bord, vóór en na
compare-score-change = { $before } naar { $after }
error-compare = Bord { $sign } kan niet worden getoond: { $reason }
cli-compare-wrote = { $path } geschreven ({ $pages ->
    [one] één pagina
   *[other] { $pages } pagina's
})
category-perspective = Perspectief
category-address = Aanspreekvorm
category-request = Verzoeken
category-prohibition = Verboden
category-obligation = Verplichtingen
category-exclusion = Uitsluiting
category-self-protection = Zelfbescherming
category-jargon = Jargon
category-shouting = Schreeuwen
category-service = Service
note-unreadable-contrast = fout: “{ $text }” in { $colour } op { $ground } heeft een contrast van maar { $ratio }:1; onder 3:1 kunnen veel mensen het helemaal niet lezen. Kies kleuren die meer verschillen (WCAG vraagt minstens { $least }:1).
error-unreadable-sign = “{ $text }” in { $colour } op { $ground } heeft een contrast van maar { $ratio }:1; onder 3:1 kunnen veel mensen het helemaal niet lezen, dus er is niets geschreven. Kies kleuren die meer verschillen (WCAG vraagt minstens { $least }:1), of voeg --force toe om het toch te schrijven.
warning-unreadable-forced = let op: “{ $text }” in { $colour } op { $ground } heeft een contrast van maar { $ratio }:1; onder 3:1 kunnen veel mensen het helemaal niet lezen. Toch geschreven, zoals --force vraagt (WCAG vraagt minstens { $least }:1).
warning-cap-height = waarschuwing: “{ $text }” heeft een hoofdletterhoogte van { $cap } mm; om op { $distance } m gelezen te worden is { $least } mm nodig ({ $standard }). Maak het bord groter of de tekst korter, of geef de echte afstand (--viewing-distance, of viewing_distance in de [print] van een bordbestand).
warning-near-trim = waarschuwing: “{ $text }” komt tot { $gap } mm van de rand; houd tekst minstens { $least } mm van de rand, waar het snijden er niet bij kan.
warning-many-words = waarschuwing: het bord heeft { $words } woorden; in het voorbijgaan lezen mensen er maar een paar, en { $most } is ongeveer het meeste dat werkt.
warning-long-sentence = waarschuwing: “{ $sentence }” heeft { $words } woorden; een zin van hoogstens { $most } woorden lees je in één oogopslag.
cli-batch-note = rij { $row }{ $line ->
    [0] {""}
   *[other] {" "}(regel { $line })
}: { $note }
cli-licenses-intro = streep bevat werk van anderen. Elk deel heeft zijn eigen licentie:
cli-licenses-fonts = Het lettertype Atkinson Hyperlegible Next (assets/fonts), onder de SIL Open Font License 1.1
cli-licenses-lexicon = Het Nederlandse lexicon (assets/lexicon/nl.fst), afgeleid van het Nederlandse woordenboek van OpenTaal, onder de Revised BSD-licentie
cli-licenses-colour = Het CMYK-uitvoerprofiel van FOGRA39 (assets/colour), gemaakt uit de karakteriseringsgegevens van FOGRA zoals Kai-Uwe Behrmann ze publiceerde, onder de zlib-licentie
cli-licenses-hyphenation = De afbreekpatronen (assets/hyphenation) komen van het TeX-afbreekproject (hyph-utf8), via de Rust-crate “hyphenation”; de patronen van elke taal hebben hun eigen licentie: https://github.com/hyphenation/tex-hyphen
cli-wrote-file = { $path } geschreven
cli-fonts-install = Installeer de twee lettertypen (open ze en kies Installeren, of kopieer ze naar ~/.local/share/fonts) en start Inkscape of Illustrator opnieuw: sjablonen tonen dan Atkinson Hyperlegible Next, zoals streep het drukt. OFL.txt is hun licentie; bewaar die erbij.
error-phrases-lang = Er zijn nog geen kant-en-klare bordteksten in “{ $lang }”; wel in: { $known }.
error-phrase-unknown = Er is geen kant-en-klare bordtekst “{ $id }” in het { $lang }. `streep phrases` noemt ze: { $known }.
error-phrase-variables = De bordtekst “{ $id }” heeft { $names } nodig: geef die met --set, bijvoorbeeld --set { $names }=…
cli-phrase-needs = heeft --set { $names } nodig
error-second-lang-without-text = --lang met twee talen heeft de tekst in de tweede taal nodig: geef --second, of een kant-en-klare tekst met --phrase.
error-second-lang-same = --lang noemt “{ $lang }” twee keer: geef twee verschillende talen, bijvoorbeeld nl,en.
compare-summary-continued = Samenvatting, vervolg: de klantgerichtheid van elk bord, vóór en na

## streep studio: de opdracht, en de pagina (elke tekst die de pagina toont)
cli-studio-ready = streep studio staat open op { $url } — stoppen met Ctrl-C.
cli-studio-elsewhere = waarschuwing: de studio luistert op { $address }, waar andere computers in het netwerk erbij kunnen; iedereen die erbij kan, kan hem gebruiken.
cli-studio-no-browser = Open { $url } in uw browser.
error-studio-listen = De studio kan niet luisteren op { $address }: { $reason }
studio-title = streep studio
studio-tagline = Borden geschreven vanaf de kant van de klant, klaar om te drukken.
studio-language = Taal van deze pagina
studio-text-heading = Uw bord
studio-text-label = Wat moet er op het bord staan?
studio-text-hint = Typ of plak de tekst zoals u die hebt. Een lege regel begint een nieuwe alinea.
studio-phrase-label = Of begin met een kant-en-klare tekst
studio-phrase-use = Deze tekst gebruiken
studio-phrase-none = (uw eigen tekst)
studio-sign-lang-label = Taal van het bord
studio-sign-lang-auto = Afleiden uit de tekst
studio-lang-nl = Nederlands
studio-lang-en = Engels
studio-lang-de = Duits
studio-lang-fr = Frans
studio-wording-heading = Klantgerichte tekst
studio-wording-empty = Typ een tekst om te zien hoe streep die zou schrijven.
studio-wording-same = streep zou deze tekst niet veranderen.
studio-changes-heading = Wijzigingen
studio-change-undo = Het origineel houden
studio-change-redo = De wijziging gebruiken
studio-change-kept = gehouden zoals het was
studio-advice-heading = Het bekijken waard
studio-advice-suggestion = Misschien: “{ $suggestion }”
studio-score-heading = Klantgerichtheid
studio-score-before = Zoals gegeven: { $score } / 100
studio-score-after = Zoals het gedrukt wordt: { $score } / 100
studio-edit-label = De tekst die gedrukt wordt (u kunt hem aanpassen)
studio-edit-hint = Uw eigen aanpassingen gaan voor: de wijzigingen hierboven gelden dan niet meer. Typen in het eerste vak begint weer bij de tekst van streep.
studio-edit-reset = Terug naar de tekst van streep
studio-design-heading = Ontwerp
studio-kind-label = Soort bord
studio-template-poster = Poster
studio-template-poster-landscape = Poster, liggend
studio-template-bilingual = Poster in twee talen
studio-template-round = Vloersticker, rond
studio-template-rounded = Vloersticker, afgeronde rechthoek
studio-template-footprints = Vloersticker, voetstappen
studio-template-line = Vloersticker, wachtrijstreep
studio-template-window = Raamsticker
studio-size-label = Formaat
studio-size-own = Zoals het sjabloon
studio-size-custom = Breedte × hoogte…
studio-orientation-label = Liggend
studio-white-ink-label = Wit onder de kleuren (transparante folie)
studio-note-clear-film = De sticker { $template } wordt op transparante folie gedrukt: zonder wit eronder zijn de kleuren doorzichtig. Vink “Wit onder de kleuren” aan als de drukker wit drukt, of laat hem op witte folie drukken.
studio-colours-heading = Kleuren
studio-colour-own = De eigen kleuren van het sjabloon
studio-colour-ink = Tekst
studio-colour-background = Achtergrond
studio-colour-accent = Accent
studio-icon-label = Pictogram
studio-icon-auto = Een dat bij de tekst past
studio-icon-none = Geen pictogram
studio-icon-wait = Zandloper (wachten)
studio-icon-footprints = Voetstappen
studio-icon-arrow = Pijl
studio-icon-distance = Afstand houden
studio-icon-wheelchair = Rolstoel
studio-icon-information = Informatie
studio-icon-toilet = Toilet
studio-icon-card = Pinnen
studio-icon-phone = Telefoon
studio-icon-dog = Hond
studio-icon-no-smoking = Niet roken
studio-icon-shower = Douche
studio-icon-hand-washing = Handen wassen
studio-icon-parking = Parkeren
studio-icon-bicycle = Fiets
studio-second-label = Tweede taal
studio-second-none = Geen
studio-second-text = De tekst in de tweede taal
studio-second-wording = streep schrijft het zo: “{ $text }”
studio-second-keep = Mijn tekst in de tweede taal houden
studio-preview-heading = Zoals het gedrukt wordt
studio-preview-alt = Het bord zoals het gedrukt wordt: { $text }
studio-preview-empty = Het voorbeeld verschijnt hier zodra het bord een tekst heeft.
studio-notes-heading = Leesbaarheid
studio-notes-none = Geen problemen: de letters zijn groot genoeg voor de kijkafstand en vallen op tegen de achtergrond.
studio-download-heading = Downloaden
studio-download-pdf = Pdf voor de drukker
studio-download-svg = Svg om te bewerken
studio-download-png = Png om te bekijken
studio-save-sign = Het bordbestand bewaren
studio-open-sign = Een bordbestand openen
studio-working = Bezig…
studio-error-host = Dit adres noemt de studio niet: open hem als http://localhost of http://127.0.0.1 met zijn poort.
studio-error-origin = Dit verzoek kwam van een andere website; de studio antwoordt alleen zijn eigen pagina.
studio-error-json = Het verzoek is niet wat de studio leest: { $reason }
studio-error-body = Het verzoek kon niet gelezen worden.
studio-error-too-large = Het verzoek is groter dan de { $mb } MB die de studio in één keer leest.
studio-error-too-long = Dit duurde te lang en is gestopt. Probeer een kortere tekst of een kleiner bord.
studio-error-failed = Er ging iets mis binnen streep; de studio draait door. Meld alstublieft wat u deed.
studio-error-path = Een bord uit de studio kan geen bestanden noemen (een sjabloon, lettertype of kleurprofiel): kies een ingebouwd sjabloon.
studio-error-format = De studio schrijft pdf, svg en png.
studio-error-not-found = Op dit adres staat niets.
studio-error-offline = De studio antwoordt niet. Draait hij nog?
studio-error-compare-empty = Plak eerst de borden om te vergelijken, een per regel.
studio-error-compare-format = Een vergelijking komt als JSON, pdf of HTML.
studio-compare-heading = Voor en na, voor een opdrachtgever
studio-compare-intro = Plak de borden van een organisatie, een per regel: streep toont elk zoals gegeven en herschreven, met de redenen en de scores, en maakt het overzicht om te overhandigen.
studio-compare-signs-label = De borden, een per regel
studio-compare-file-label = Of kies een tekstbestand met borden
studio-compare-title-label = Titel van het overzicht (niet verplicht)
studio-compare-client-label = Opdrachtgever (niet verplicht)
studio-compare-show = Vergelijken
studio-compare-pdf = Overzicht als pdf
studio-compare-html = Overzicht als één HTML-bestand
studio-compare-summary = { $signs } borden, { $changed } herschreven; klantgerichtheid gemiddeld { $before } → { $after }.
studio-compare-categories = Wat het meest gevonden werd
studio-compare-before = Zoals gegeven
studio-compare-after = Herschreven
studio-compare-why = Waarom
studio-compare-score = { $before } → { $after }
studio-error-batch-format = Borden uit een tabel komen als één pdf of een zip.
studio-error-no-rows = Van geen enkele rij van de tabel kan een bord gemaakt worden: zie het probleem van elke rij.
studio-error-zip = De zip kon niet gemaakt worden: { $reason }
studio-batch-heading = Een bord voor elke vestiging
studio-batch-intro = Kies een tabel (Excel, LibreOffice, CSV, JSON of TOML) met een kolom per tekst: kop, tekst, voettekst (of headline, body, footer), en formaat of pictogram als rijen verschillen. Elke rij wordt een bord van de soort die hierboven gekozen is; u ziet elke rij en haar problemen voordat er iets voor de drukker gemaakt wordt.
studio-batch-file-label = De tabel kiezen
studio-batch-summary = { $rows } rijen: { $good } klaar, { $failed } met een probleem.
studio-batch-row = Rij
studio-batch-sign = Bord, zoals het gedrukt wordt
studio-batch-problems = Problemen en opmerkingen
studio-batch-fine = Klaar
studio-batch-pdf = Alle borden als één pdf
studio-batch-zip = Een pdf per bord, in een zip met een verslag
studio-house-style-none = Huisstijl: geen in deze map, dus die van streep — “u” voor de lezer, elke regel aan.
studio-house-style = Huisstijl: streep.toml uit de map waarin de studio gestart is — de lezer wordt aangesproken met { $address }{ $protect ->
    [none] {""}
   *[other] ; nooit veranderd: { $protect }
}{ $disable ->
    [none] {""}
   *[other] ; regels uit: { $disable }
}.
studio-address-formal = “u”
studio-address-informal = “je”
studio-address-keep = wat het bord heeft
studio-error-size-round = De sticker { $template } is rond, dus het formaat moet vierkant zijn, niet { $size }: kies een formaat als 400x400mm.
studio-error-missing-glyphs = Het lettertype { $font } heeft geen tekens voor { $chars } in de tekst van { $slot }. Laat ze weg.
studio-error-png-too-large = Een PNG van { $width } x { $height } pixels ({ $dpi } dpi) is te groot om te maken. Download liever de pdf.
studio-error-unreadable-sign = “{ $text }” in { $colour } op { $ground } heeft een contrast van maar { $ratio }:1; onder 3:1 kunnen veel mensen het helemaal niet lezen, dus het wordt niet gemaakt. Kies kleuren die meer verschillen (WCAG vraagt minstens { $least }:1).
studio-warning-cap-height = “{ $text }” heeft een hoofdletterhoogte van { $cap } mm; om op { $distance } m gelezen te worden is { $least } mm nodig ({ $standard }). Kies een groter formaat of een kortere tekst.
studio-note-batch-unused-columns = Niet gebruikt: { $count ->
    [one] de kolom { $columns }, waar het sjabloon { $template } geen plaats voor heeft.
   *[other] de kolommen { $columns }, waar het sjabloon { $template } geen plaats voor heeft.
} Een kolom kan zijn: { $known }.
studio-note-low-contrast = “{ $text }” in { $colour } op { $ground } heeft een contrast van { $ratio }:1; WCAG vraagt minstens { $least }:1 om goed leesbaar te zijn.
studio-note-unreadable-contrast = “{ $text }” in { $colour } op { $ground } heeft een contrast van maar { $ratio }:1; onder 3:1 kunnen veel mensen het helemaal niet lezen. Kies kleuren die meer verschillen (WCAG vraagt minstens { $least }:1).
studio-warning-near-trim = “{ $text }” komt tot { $gap } mm van de rand; houd tekst minstens { $least } mm van de rand, waar het snijden er niet bij kan.
studio-warning-many-words = Het bord heeft { $words } woorden; in het voorbijgaan lezen mensen er maar een paar, en { $most } is ongeveer het meeste dat werkt.
studio-warning-long-sentence = “{ $sentence }” heeft { $words } woorden; een zin van hoogstens { $most } woorden lees je in één oogopslag.

# Constructies van Duitse, Franse en Engelse borden.
rule-prohibition-do-without = “… is niet toegestaan” verbiedt alleen, en spreekt niemand aan; dat erop wordt gelet, dreigt alleen. Vraag de lezer het achterwege te laten: “{ $after }”
rule-prohibition-do-without-there = { rule-prohibition-do-without }
rule-request-asked-about = “… worden verzocht …” praat over de klant in plaats van tegen hem. Vraag het rechtstreeks: “{ $after }”
rule-obligation-follow-instructions = “… moet worden opgevolgd” is ambtelijk. Vraag het: “{ $after }”
rule-obligation-is-to-be-done = “… dient te gebeuren” noemt een plicht en spreekt niemand aan. Vraag het de lezer: “{ $after }”
rule-obligation-duty = Een plicht als regel praat van achter de balie over de lezer. Vraag het, en zeg waarom het nodig is.
rule-obligation-rule-about-people = Een regel over “kinderen”, “bezoekers” of “iedereen” praat over de lezers in plaats van tegen hen. Spreek ze aan, zeg wat ze kunnen doen en waarom.
rule-service-refusal = Een weigering als regel zegt wat niet kan. Zeg wat wel kan: wat de klant in plaats daarvan kan doen, en bij wie.
rule-self-protection-liability = Aansprakelijkheid afwijzen beschermt de organisatie en waarschuwt niemand op tijd. Zeg hoe klanten hun spullen veilig houden, en waar ze hulp vinden.
rule-self-protection-punishment = Dreigen met boetes en politie heet niemand welkom en maakt weinigen voorzichtiger. Zeg waarom de regel ertoe doet, en bedank mensen dat ze zich eraan houden.
rule-jargon-office-talk = Ambtelijke taal (“er wordt op gewezen”, “wij behouden ons het recht voor”) spreekt van achter de balie. Zeg het zoals u het aan de balie zou zeggen.
rule-request-bare-infinitive = Een kale infinitief met een uitroepteken is een bevel. Vraag het, en zeg waarom.
rule-request-bare-order = Een kaal bevel (“Stilte bewaren”, “Niet rennen”) commandeert. Vraag het, en zeg waarom.
rule-prohibition-no-noun = “… verboden” verbiedt alleen, en spreekt niemand aan. Vraag het zoals een mens het vraagt, met dank: “{ $after }”
rule-prohibition-it-is-forbidden-to = { rule-prohibition-do-without }
rule-request-we-beg-you = “Nous vous prions de” is ouderwets ambtelijk; “Merci de” vraagt even vriendelijk en klinkt als een mens.
rule-address-du-object-dative = Spreek de lezers aan met “Sie”: “euch” wordt “Ihnen” waar het een datief is (“mit euch”, “wir danken euch”).
rule-address-du-object-accusative = Spreek de lezers aan met “Sie”: “euch” wordt “Sie” waar het een accusatief is (“für euch”, “wir bitten euch”).
rule-prohibition-no-access = Zeg wat u de lezer vraagt, niet wat verboden is: “{ $after }”.
rule-request-is-invited-to = Het bord praat over de lezer; nodig hem zelf uit: “{ $after }”.
rule-request-asked-that = Een verzoek in de lijdende vorm vraagt niemand iets; vraag het de lezer: “{ $after }”.
rule-request-asked-that-after = { rule-request-asked-that }
rule-prohibition-only-authorised = Zeg wie het mag, niet wie het niet mag: “{ $after }”.
rule-prohibition-only-authorised-to = { rule-prohibition-only-authorised }
rule-exclusion-only-with = Het bord zegt eerst wie er niet in mag; zeg wat de lezer kan, en wanneer.
rule-prohibition-never = “In geen geval” verheft de stem; vraag het, en geef de reden.
rule-prohibition-keep-out = Een verbod zegt alleen wat er niet in mag; vraag het, zoals een mens een ander iets vraagt: “{ $after }”
