# streep — fertige kundenorientierte Schildtexte.
# Je ID: die Überschrift des Schildes, und in .body eine zweite Zeile mit dem
# Grund oder dem, was die Kundin oder der Kunde tun kann. Variablen füllen
# Sie mit --set name=wert.

wait-here = Bitte warten Sie hier.
    .body = Wir sind so schnell wie möglich für Sie da.
    .icon = wait
right-with-you = Wir sind gleich für Sie da.
    .body = Danke für Ihre Geduld.
    .icon = wait
privacy-distance = Bitte warten Sie hier.
    .body = So kann die Person vor Ihnen ungestört sprechen, wie Sie gleich auch.
    .icon = distance
pay-by-card = Sie können hier mit Karte zahlen.
    .body = Auch kontaktlos, mit Handy oder Uhr.
    .icon = card
toilet-for-guests = Unsere Toilette ist für unsere Gäste.
    .body = Sie müssen mal? Fragen Sie uns einfach.
    .icon = toilet
opening-hours = Wir sind für Sie da
    .body = { $hours }
    .icon = information
closed-today = Heute haben wir geschlossen.
    .body = Morgen sind wir ab { $time } wieder für Sie da.
    .icon = information
staff-area = Hier arbeitet unser Team.
    .body = Sie suchen jemanden? { $where } helfen wir Ihnen gern weiter.
    .icon = information
