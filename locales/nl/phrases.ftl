# streep — kant-en-klare klantgerichte bordteksten.
# Per id: de kop van het bord, en in .body een tweede regel met de reden of
# wat de klant kan doen. Variabelen vult u met --set naam=waarde.

wait-here = Wilt u hier wachten?
    .body = We helpen u zo snel mogelijk.
    .icon = wait
right-with-you = We komen zo bij u.
    .body = Fijn dat u even geduld heeft.
    .icon = wait
privacy-distance = Wilt u hier wachten?
    .body = Dan kan de klant voor u rustig praten, net als u straks.
    .icon = distance
pay-by-card = U kunt hier pinnen.
    .body = Ook contactloos, met uw telefoon of horloge.
    .icon = card
toilet-for-guests = Ons toilet is voor onze gasten.
    .body = Moet u nodig? Vraag het gerust.
    .icon = toilet
opening-hours = Wij zijn er voor u
    .body = { $hours }
    .icon = information
closed-today = Vandaag zijn we gesloten.
    .body = Morgen staan we vanaf { $time } weer voor u klaar.
    .icon = information
staff-area = Hier werken onze medewerkers.
    .body = Zoekt u iemand? { $where } helpen we u graag verder.
    .icon = information
