"""Document templates for the synthetic set; ``{field}`` slots are filled by generate.py.

Realistic shapes: e-mails, support tickets, HR letters, medical notes.  They
also carry distractors that must NOT be masked: capitalised common nouns
(Sonne, Bank, Mandant), pronouns (Ich, Sie), companies, cities, plain dates,
amounts and ticket numbers.
"""

TEMPLATES: dict[str, list[str]] = {
    "de": [
        "Sehr geehrte Frau {last},\n\nvielen Dank für Ihre Nachricht vom {date}. Ich habe die Unterlagen an unseren "
        "Mandanten weitergeleitet. Bitte überweisen Sie den Betrag von CHF {amount} auf das Konto {iban}.\n\n"
        "Bei Fragen erreichen Sie mich unter {phone} oder {email}.\n\nFreundliche Grüsse\n{full2}",
        "Ticket #{ticket}\nKunde: {full}\nE-Mail: {email}\nTelefon: {phone}\nAdresse: {address}\n\n"
        "Der Kunde meldet, dass die Bank die Zahlung mit der Karte {card} abgelehnt hat. Die Sonne scheint, "
        "aber das Portal ({url}) zeigt einen Fehler. Letzte Anmeldung von IP {ip}.",
        "Arbeitszeugnis\n\n{full}, geboren am {dob}, war vom {date} bis heute bei der {company} in {city} als "
        "Sachbearbeiter tätig. Herr {last} erledigte seine Aufgaben stets zu unserer vollsten Zufriedenheit. "
        "{last}s Einsatz für das Team war vorbildlich.\n\nMit freundlichen Grüßen\n\n{full2}\nPersonalabteilung",
        "Arztbericht\n\nPatientin: {full}, geb. {dob}\nWohnhaft: {address_nl}\n\nDiagnose: Die Patientin stellte sich "
        "mit Rückenschmerzen vor. Frau {last} berichtet über Beschwerden seit drei Wochen. Rücksprache mit "
        "Dr. {last2} erfolgt. Kontakt Angehörige: {full3}, {phone2}.",
        "Hallo {first},\n\nkannst du bitte {full2} Bescheid geben, dass das Meeting verschoben ist? Ich habe "
        "{last2} schon eine Nachricht geschickt, aber noch keine Antwort. Die Rechnung {ticket} über {amount} "
        "ist beglichen.\n\nLG\n{first3}".replace("{first3}", "{full3}"),
        "Protokoll der Sitzung vom {date}\nAnwesend: {full}, {full2}, {full3}\n\n1. Budget: {last} präsentiert die "
        "Zahlen. {last2} fragt nach den Reisekosten.\n2. Verschiedenes: Die Sonne-Terrasse wird renoviert. "
        "Nächste Sitzung in {city}.",
    ],
    "fr": [
        "Bonjour Madame {last},\n\nMerci pour votre message du {date}. Je vous prie de verser le montant de "
        "CHF {amount} sur le compte {iban}.\n\nVous pouvez me joindre au {phone} ou par e-mail à {email}.\n\n"
        "Cordialement\n{full2}",
        "Ticket n° {ticket}\nClient : {full}\nE-mail : {email}\nTéléphone : {phone}\nAdresse : {address}\n\n"
        "Le client signale que la banque a refusé le paiement avec la carte {card}. Le portail ({url}) affiche "
        "une erreur. Dernière connexion depuis l'adresse IP {ip}.",
        "Certificat de travail\n\n{full}, né le {dob}, a travaillé chez {company} à {city} depuis le {date}. "
        "M. {last} a toujours accompli ses tâches à notre entière satisfaction.\n\nMeilleures salutations\n\n{full2}\n"
        "Ressources humaines",
        "Rapport médical\n\nPatiente : {full}, date de naissance : {dob}\nDomicile : {address}\n\nMme {last} "
        "consulte pour des douleurs dorsales. Avis demandé au Dr {last2}. Personne de contact : {full3}, {phone2}.",
        "Salut {first},\n\npeux-tu prévenir {full2} que la réunion est reportée ? J'ai écrit à {last2} mais "
        "sans réponse. La facture {ticket} de {amount} francs est payée.\n\nÀ bientôt\n{full3}",
    ],
    "it": [
        "Gentile Signora {last},\n\nla ringraziamo per il suo messaggio del {date}. La preghiamo di versare "
        "l'importo di EUR {amount} sul conto {iban}.\n\nPuò contattarmi al numero {phone} oppure a {email}.\n\n"
        "Cordiali saluti\n{full2}",
        "Ticket n. {ticket}\nCliente: {full}\nE-mail: {email}\nTelefono: {phone}\nIndirizzo: {address}\n\n"
        "Il cliente segnala che la banca ha rifiutato il pagamento con la carta {card}. Il portale ({url}) "
        "mostra un errore. Ultimo accesso dall'indirizzo IP {ip}.",
        "Certificato di lavoro\n\n{full}, nato il {dob}, ha lavorato presso {company} a {city} dal {date}. "
        "Il Sig. {last} ha sempre svolto i suoi compiti con grande impegno.\n\nDistinti saluti\n\n{full2}\n"
        "Ufficio del personale",
        "Referto medico\n\nPaziente: {full}, data di nascita: {dob}\nResidenza: {address}\n\nLa Sig.ra {last} "
        "si presenta per dolori alla schiena. Consultato il Dott. {last2}. Contatto: {full3}, {phone2}.",
        "Ciao {first},\n\npuoi avvisare {full2} che la riunione è rinviata? Ho scritto a {last2} ma non ha "
        "risposto. La fattura {ticket} di {amount} euro è stata pagata.\n\nA presto\n{full3}",
    ],
    "en": [
        "Dear Ms {last},\n\nThank you for your message of {date}. Please transfer the amount of GBP {amount} to "
        "the account {iban}.\n\nYou can reach me on {phone} or at {email}.\n\nKind regards\n{full2}",
        "Ticket #{ticket}\nCustomer: {full}\nEmail: {email}\nPhone: {phone}\n\nThe customer reports that the bank "
        "declined the payment with card {card}. The portal ({url}) shows an error. Last login from IP {ip}.",
        "Reference letter\n\n{full}, date of birth {dob}, has worked at {company} in {city} since {date}. "
        "Mr {last} always completed his tasks to our full satisfaction.\n\nYours sincerely\n\n{full2}\nHuman Resources",
        "Clinical note\n\nPatient: {full}, DOB {dob}\n\nMrs {last} presented with back pain. Discussed with "
        "Dr {last2}. Next of kin: {full3}, {phone2}.",
        "Hi {first},\n\ncould you let {full2} know that the meeting has moved? I emailed {last2} but got no reply. "
        "Invoice {ticket} for {amount} has been paid.\n\nBest regards\n{full3}",
    ],
}

# Locale-specific identifier sentences appended by the generator.
EXTRA: dict[str, str] = {
    "de_CH": "\n\nAHV-Nummer: {ahv}. UID: {vat}.",
    "fr_CH": "\n\nNuméro AVS : {ahv}. IDE : {vat}.",
    "de_DE": "\n\nSteuer-ID: {taxid}, Rentenversicherungsnummer: {rvnr}, USt-IdNr.: {vat}.",
    "de_AT": "\n\nSozialversicherungsnummer: {svnr}, UID: {vat}.",
}
