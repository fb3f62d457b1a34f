# streep — textes de panneaux prêts, centrés sur le client.
# Par identifiant : le titre du panneau, et dans .body une deuxième ligne avec
# la raison ou ce que le client peut faire. Les variables se remplissent avec
# --set nom=valeur.

wait-here = Merci de patienter ici.
    .body = Nous nous occupons de vous dès que possible.
    .icon = wait
right-with-you = Nous arrivons tout de suite.
    .body = Merci de votre patience.
    .icon = wait
privacy-distance = Merci de patienter ici.
    .body = La personne avant vous peut ainsi parler en toute discrétion, comme vous tout à l’heure.
    .icon = distance
pay-by-card = Vous pouvez payer par carte ici.
    .body = Sans contact aussi, avec votre téléphone ou votre montre.
    .icon = card
toilet-for-guests = Nos toilettes sont pour nos clients.
    .body = Besoin d’y aller ? Demandez-nous, tout simplement.
    .icon = toilet
opening-hours = Nous sommes là pour vous
    .body = { $hours }
    .icon = information
closed-today = Nous sommes fermés aujourd’hui.
    .body = Demain, nous vous accueillons de nouveau dès { $time }.
    .icon = information
staff-area = Ici travaille notre équipe.
    .body = Vous cherchez quelqu’un ? { $where }, nous vous aidons volontiers.
    .icon = information
