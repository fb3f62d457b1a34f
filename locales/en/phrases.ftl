# streep — ready customer-centred sign texts.
# Per id: the sign's headline, and in .body a second line with the reason or
# what the customer can do. Fill variables with --set name=value.

wait-here = Please wait here.
    .body = We'll be with you as soon as we can.
    .icon = wait
right-with-you = We'll be right with you.
    .body = Thank you for your patience.
    .icon = wait
privacy-distance = Please wait here.
    .body = So the person before you can talk in private, as you will.
    .icon = distance
pay-by-card = You can pay by card here.
    .body = Contactless too, with your phone or watch.
    .icon = card
toilet-for-guests = Our toilet is for our guests.
    .body = Need to go? Just ask.
    .icon = toilet
opening-hours = We're here for you
    .body = { $hours }
    .icon = information
closed-today = We're closed today.
    .body = We'll be here for you again tomorrow from { $time }.
    .icon = information
staff-area = This is where our staff work.
    .body = Looking for someone? { $where } we'll gladly help you.
    .icon = information
