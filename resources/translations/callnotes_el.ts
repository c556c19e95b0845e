<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>the font of the window and the packet</source>
        <translation>η γραμματοσειρά του παραθύρου και του φακέλου τεκμηρίωσης</translation>
    </message>
    <message>
        <source>Qt for Python: the window</source>
        <translation>Qt για Python: το παράθυρο</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>οι συνδέσεις του Qt για Python</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>η βάση δεδομένων</translation>
    </message>
    <message>
        <source>the database&apos;s tables</source>
        <translation>οι πίνακες της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>database upgrades</source>
        <translation>οι αναβαθμίσεις της βάσης δεδομένων</translation>
    </message>
    <message>
        <source>the tables&apos; values</source>
        <translation>οι τιμές των πινάκων</translation>
    </message>
    <message>
        <source>writes the packet (PDF)</source>
        <translation>γράφει τον φάκελο τεκμηρίωσης (PDF)</translation>
    </message>
    <message>
        <source>joins PDF pages</source>
        <translation>ενώνει σελίδες PDF</translation>
    </message>
    <message>
        <source>PDF/A copies</source>
        <translation>αντίγραφα PDF/A</translation>
    </message>
    <message>
        <source>draws PDF pages for printing</source>
        <translation>σχεδιάζει τις σελίδες PDF για εκτύπωση</translation>
    </message>
    <message>
        <source>images in exhibits</source>
        <translation>εικόνες στα συνημμένα</translation>
    </message>
    <message>
        <source>amounts and dates in each language</source>
        <translation>ποσά και ημερομηνίες σε κάθε γλώσσα</translation>
    </message>
    <message>
        <source>letter templates</source>
        <translation>πρότυπα επιστολών</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>αριθμοί τηλεφώνου</translation>
    </message>
    <message>
        <source>tax numbers</source>
        <translation>αριθμοί φορολογικού μητρώου</translation>
    </message>
    <message>
        <source>file names in plain letters</source>
        <translation>ονόματα αρχείων με απλά γράμματα</translation>
    </message>
    <message>
        <source>where the data folder is</source>
        <translation>πού βρίσκεται ο φάκελος δεδομένων</translation>
    </message>
    <message>
        <source>About callnotes</source>
        <translation>Σχετικά με το callnotes</translation>
    </message>
    <message>
        <source>Notes and records for getting paid by phone.</source>
        <translation>Σημειώσεις και αρχείο για να πληρώνεστε μέσω τηλεφώνου.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Φάκελος δεδομένων: %1</translation>
    </message>
    <message>
        <source>Shipped with callnotes, and their licences:</source>
        <translation>Περιλαμβάνονται στο callnotes, με τις άδειές τους:</translation>
    </message>
    <message>
        <source>Used for: %1</source>
        <translation>Χρησιμεύει για: %1</translation>
    </message>
    <message>
        <source>This package ships no licence text; its licence is named above.</source>
        <translation>Το πακέτο αυτό δεν περιέχει το κείμενο της άδειάς του· η άδεια αναφέρεται παραπάνω.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Why</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Οφειλέτης</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Λεπτομέρειες</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Επόμενο βήμα</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Αμφισβήτηση</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Who to contact today</source>
        <translation>Με ποιους να επικοινωνήσετε σήμερα</translation>
    </message>
    <message>
        <source>Enter: open the debtor · S: snooze to tomorrow · Shift+S: snooze longer · D: done</source>
        <translation>Enter: άνοιγμα οφειλέτη · S: αναβολή για αύριο · Shift+S: μεγαλύτερη αναβολή · D: ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Nobody to contact today: no promise, instalment or follow-up is due.</source>
        <translation>Καμία επικοινωνία για σήμερα: δεν λήγει καμία υπόσχεση, δόση ή επόμενη ενέργεια.</translation>
    </message>
    <message>
        <source>All debtors (Ctrl+2)</source>
        <translation>Όλοι οι οφειλέτες (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Open the debtor</source>
        <translation>Ά&amp;νοιγμα του οφειλέτη</translation>
    </message>
    <message>
        <source>&amp;Snooze until tomorrow</source>
        <translation>&amp;Αναβολή για αύριο</translation>
    </message>
    <message>
        <source>Snooze &amp;longer…</source>
        <translation>Αναβολή για &amp;περισσότερο…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>&amp;Undo the last snooze or done</source>
        <translation>Αναί&amp;ρεση της τελευταίας αναβολής ή ολοκλήρωσης</translation>
    </message>
    <message>
        <source>Not shown today: %1 snoozed, %2 marked done.</source>
        <translation>Δεν εμφανίζονται σήμερα: %1 σε αναβολή, %2 ολοκληρωμένοι.</translation>
    </message>
    <message>
        <source>%1 more debtors further down the list (callnotes agenda lists them all).</source>
        <translation>Ακόμη %1 οφειλέτες πιο κάτω στη λίστα (η εντολή callnotes agenda τους εμφανίζει όλους).</translation>
    </message>
    <message>
        <source>%1 snoozed until %2 · Ctrl+Z to undo</source>
        <translation>%1: αναβολή έως %2 · Ctrl+Z για αναίρεση</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Έως αύριο</translation>
    </message>
    <message>
        <source>For %1 days</source>
        <translation>Για %1 ημέρες</translation>
    </message>
    <message>
        <source>%1 marked done · Ctrl+Z to undo</source>
        <translation>%1: ολοκληρώθηκε · Ctrl+Z για αναίρεση</translation>
    </message>
    <message>
        <source>%1 is back on the agenda.</source>
        <translation>%1: ξανά στην ατζέντα.</translation>
    </message>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (επίσης: %2)</translation>
    </message>
    <message>
        <source>Promised %1 by %2; only %3 paid (part-kept).</source>
        <translation>Υπόσχεση %1 έως %2· καταβλήθηκαν μόνο %3 (τηρήθηκε εν μέρει).</translation>
    </message>
    <message>
        <source>Promised %1 by %2; nothing was paid.</source>
        <translation>Υπόσχεση %1 έως %2· δεν καταβλήθηκε τίποτα.</translation>
    </message>
    <message>
        <source>Promise of %1 due today.</source>
        <translation>Υπόσχεση %1 με λήξη σήμερα.</translation>
    </message>
    <message>
        <source>Promise of %1 due tomorrow.</source>
        <translation>Υπόσχεση %1 με λήξη αύριο.</translation>
    </message>
    <message>
        <source>An instalment of the plan missed on %1: %2 unpaid.</source>
        <translation>Δόση του προγράμματος δεν καταβλήθηκε στις %1: ανεξόφλητα %2.</translation>
    </message>
    <message>
        <source>%1 instalments of the plan missed since %2: %3 unpaid.</source>
        <translation>%1 δόσεις του προγράμματος δεν καταβλήθηκαν από τις %2: ανεξόφλητα %3.</translation>
    </message>
    <message>
        <source>Follow-up date %1 reached.</source>
        <translation>Ήρθε η ημερομηνία επόμενης ενέργειας (%1).</translation>
    </message>
    <message>
        <source>Summary of %1 not confirmed yet.</source>
        <translation>Η σύνοψη της %1 δεν έχει επιβεβαιωθεί ακόμη.</translation>
    </message>
    <message>
        <source>No conversation yet; all that is overdue is disputed.</source>
        <translation>Καμία συνομιλία ακόμη· όλη η ληξιπρόθεσμη οφειλή αμφισβητείται.</translation>
    </message>
    <message>
        <source>No conversation for %1 days; all that is overdue is disputed.</source>
        <translation>Καμία συνομιλία εδώ και %1 ημέρες· όλη η ληξιπρόθεσμη οφειλή αμφισβητείται.</translation>
    </message>
    <message>
        <source>No conversation yet; %1 overdue.</source>
        <translation>Καμία συνομιλία ακόμη· ληξιπρόθεσμη οφειλή %1.</translation>
    </message>
    <message>
        <source>No conversation for %1 days; %2 overdue.</source>
        <translation>Καμία συνομιλία εδώ και %1 ημέρες· ληξιπρόθεσμη οφειλή %2.</translation>
    </message>
    <message>
        <source>No reminder sent yet; %1 overdue.</source>
        <translation>Δεν έχει σταλεί ακόμη υπενθύμιση· ληξιπρόθεσμη οφειλή %1.</translation>
    </message>
    <message>
        <source>Last reminder sent on %1; %2 overdue.</source>
        <translation>Τελευταία υπενθύμιση στις %1· ληξιπρόθεσμη οφειλή %2.</translation>
    </message>
    <message>
        <source>open dispute</source>
        <translation>εκκρεμής αμφισβήτηση</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Νέα συμφωνία</translation>
    </message>
    <message>
        <source>Correct the agreement</source>
        <translation>Διόρθωση της συμφωνίας</translation>
    </message>
    <message>
        <source>e.g. maintenance of air conditioning</source>
        <translation>π.χ. συντήρηση κλιματιστικών</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Υπογραφή στις:</translation>
    </message>
    <message>
        <source>Goods or services:</source>
        <translation>Αγαθά ή υπηρεσίες:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Όροι:</translation>
    </message>
    <message>
        <source>Pay within:</source>
        <translation>Προθεσμία πληρωμής:</translation>
    </message>
    <message>
        <source>Late interest a year (%):</source>
        <translation>Ετήσιος τόκος υπερημερίας (%):</translation>
    </message>
    <message>
        <source>Fee per late invoice:</source>
        <translation>Επιβάρυνση ανά εκπρόθεσμο τιμολόγιο:</translation>
    </message>
    <message>
        <source>Signed contract:</source>
        <translation>Υπογεγραμμένη σύμβαση:</translation>
    </message>
    <message>
        <source>The terms as recorded stay in the record; the correction is added with its reason.</source>
        <translation>Οι όροι όπως καταχωρίστηκαν παραμένουν στο αρχείο· η διόρθωση προστίθεται μαζί με τον λόγο της.</translation>
    </message>
    <message>
        <source>Required, e.g. the interest was typed wrong</source>
        <translation>Υποχρεωτικό, π.χ. πληκτρολογήθηκε λάθος επιτόκιο</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend entry</source>
        <translation>Διόρθωση καταχώρισης</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(χωρίς κείμενο)</translation>
    </message>
    <message>
        <source>Required, e.g. wrong amount typed during the call</source>
        <translation>Υποχρεωτικό, π.χ. λάθος ποσό πληκτρολογήθηκε στην κλήση</translation>
    </message>
    <message>
        <source>The original stays in the record; the amendment is added beside it with today&apos;s date.</source>
        <translation>Το αρχικό παραμένει στο αρχείο· η διόρθωση προστίθεται δίπλα του με τη σημερινή ημερομηνία.</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Αρχικό:</translation>
    </message>
    <message>
        <source>Corrected text:</source>
        <translation>Διορθωμένο κείμενο:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Λόγος:</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>%1 has no more than %2 decimals; type an amount like %3.</source>
        <translation>Το %1 δεν έχει περισσότερα από %2 δεκαδικά· πληκτρολογήστε ποσό όπως %3.</translation>
    </message>
    <message>
        <source>Type an amount like %1.</source>
        <translation>Πληκτρολογήστε ποσό όπως %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Back to the list: %1</source>
        <translation>Επιστροφή στη λίστα: %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Αρχειοθέτηση: %1</translation>
    </message>
    <message>
        <source>The debtor comes back to the list of debtors being pursued.</source>
        <translation>Ο οφειλέτης επιστρέφει στη λίστα των οφειλετών που διεκδικούνται.</translation>
    </message>
    <message>
        <source>An archived debtor leaves the list; “Show archived” finds them again.</source>
        <translation>Ο αρχειοθετημένος οφειλέτης βγαίνει από τη λίστα· με το “Εμφάνιση αρχειοθετημένων” τον βρίσκετε ξανά.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Λόγος:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Σημείωση:</translation>
    </message>
    <message>
        <source>Optional, kept in the record</source>
        <translation>Προαιρετικό, φυλάσσεται στο αρχείο</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Stop checking every record (it runs again at the next start)</source>
        <translation>Διακοπή του ελέγχου όλων των αρχείων (θα γίνει ξανά στην επόμενη εκκίνηση)</translation>
    </message>
    <message>
        <source>Checking every record in the background… %1 %</source>
        <translation>Έλεγχος όλων των αρχείων στο παρασκήνιο… %1 %</translation>
    </message>
    <message>
        <source>The full check found problems in %1 of %2 records: Record ▸ Verify all records</source>
        <translation>Ο πλήρης έλεγχος βρήκε προβλήματα σε %1 από %2 αρχεία: Αρχεία οφειλετών ▸ Επαλήθευση όλων των αρχείων</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Αντίγραφο ασφαλείας τώρα…</translation>
    </message>
    <message>
        <source>Write a checked backup of the database and its documents</source>
        <translation>Δημιουργία ελεγμένου αντιγράφου ασφαλείας της βάσης δεδομένων και των εγγράφων της</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Επαναφορά από &amp;αντίγραφο…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Φάκελος αντιγράφων…</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>Έ&amp;λεγχος βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>callnotes</source>
        <translation>callnotes</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Ακυρώθηκε· δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>callnotes: unexpected error</source>
        <translation>callnotes: απρόσμενο σφάλμα</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Αντίγραφο ασφαλείας τώρα</translation>
    </message>
    <message>
        <source>callnotes backups (*.backup)</source>
        <translation>Αντίγραφα του callnotes (*.backup)</translation>
    </message>
    <message>
        <source>Backing up and checking the backup…</source>
        <translation>Δημιουργία και έλεγχος του αντιγράφου…</translation>
    </message>
    <message>
        <source>Backed up %1 debtors and %2 documents to %3, and checked it.</source>
        <translation>Αντίγραφο %1 οφειλετών και %2 εγγράφων στο %3, ελεγμένο.</translation>
    </message>
    <message>
        <source>%1 stored documents are missing or changed in the data folder and are not in the backup.</source>
        <translation>%1 αποθηκευμένα έγγραφα λείπουν ή έχουν αλλάξει στον φάκελο δεδομένων και δεν περιλαμβάνονται στο αντίγραφο.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο</translation>
    </message>
    <message>
        <source>callnotes backups (*.backup);;All files (*)</source>
        <translation>Αντίγραφα του callnotes (*.backup);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Restore %1?

Every debtor, call and document in the database %2 is replaced by what the backup holds; what was added since it was made is no longer shown. The backup is checked first: if it fails, nothing changes.

The current database is kept aside in %3 first.</source>
        <translation>Επαναφορά του %1;

Κάθε οφειλέτης, κλήση και έγγραφο της βάσης δεδομένων %2 αντικαθίσταται από ό,τι περιέχει το αντίγραφο· ό,τι προστέθηκε μετά δεν θα εμφανίζεται πια. Το αντίγραφο ελέγχεται πρώτα: αν δεν περάσει τον έλεγχο, δεν αλλάζει τίποτα.

Η τρέχουσα βάση δεδομένων φυλάσσεται πρώτα χωριστά στο %3.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Έλεγχος και επαναφορά του αντιγράφου…</translation>
    </message>
    <message>
        <source>Restored the backup made %1 (%2 debtors).</source>
        <translation>Έγινε επαναφορά του αντιγράφου της %1 (%2 οφειλέτες).</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>Η βάση δεδομένων που αντικαταστάθηκε φυλάσσεται ως %1.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Φάκελος αντιγράφων</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>Τα αντίγραφα αποθηκεύονται στο %1.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Έλεγχος βάσης δεδομένων</translation>
    </message>
    <message>
        <source>The database is sound: SQLite&apos;s full check found nothing wrong.</source>
        <translation>Η βάση δεδομένων είναι ακέραιη: ο πλήρης έλεγχος της SQLite δεν βρήκε κανένα πρόβλημα.</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>Έλεγχος κάθε σελίδας της βάσης δεδομένων…</translation>
    </message>
    <message>
        <source>No automatic backup: %1</source>
        <translation>Χωρίς αυτόματο αντίγραφο: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database is damaged. Restore a backup (File → Restore from backup…).</source>
        <translation>Η βάση δεδομένων έχει υποστεί ζημιά. Επαναφέρετε ένα αντίγραφο (Αρχείο → Επαναφορά από αντίγραφο…).</translation>
    </message>
    <message>
        <source>it is not a callnotes backup, or it is cut short</source>
        <translation>δεν είναι αντίγραφο του callnotes ή είναι ελλιπές</translation>
    </message>
    <message>
        <source>it was made by a newer version of callnotes</source>
        <translation>δημιουργήθηκε από νεότερη έκδοση του callnotes</translation>
    </message>
    <message>
        <source>part of it is damaged</source>
        <translation>ένα μέρος του έχει υποστεί ζημιά</translation>
    </message>
    <message>
        <source>the record in it fails its check</source>
        <translation>το αρχείο καταγραφών που περιέχει δεν περνά τον έλεγχο</translation>
    </message>
    <message>
        <source>The backup folder %1 is not available (is the disk connected?). No backup was made: connect the disk or choose another backup folder (File → Backup folder…).</source>
        <translation>Ο φάκελος αντιγράφων %1 δεν είναι διαθέσιμος (είναι συνδεδεμένος ο δίσκος;). Δεν έγινε αντίγραφο: συνδέστε τον δίσκο ή επιλέξτε άλλον φάκελο (Αρχείο → Φάκελος αντιγράφων…).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written. No backup was made: choose another backup folder.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στον φάκελο αντιγράφων %1. Δεν έγινε αντίγραφο: επιλέξτε άλλον φάκελο.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a backup is written only as a file of its own.</source>
        <translation>Το %1 δεν είναι κανονικό αρχείο· ένα αντίγραφο γράφεται μόνο ως ξεχωριστό αρχείο.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2).</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του αντιγράφου στο %1 (%2).</translation>
    </message>
    <message>
        <source>There is no database to back up yet.</source>
        <translation>Δεν υπάρχει ακόμη βάση δεδομένων για αντίγραφο.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Δεν υπάρχει το αρχείο αντιγράφου %1.</translation>
    </message>
    <message>
        <source>%1 is not a backup that can be restored: %2. Nothing was changed.</source>
        <translation>Το %1 δεν είναι αντίγραφο που μπορεί να επαναφερθεί: %2. Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the database is as it was.</source>
        <translation>Δεν ήταν δυνατή η τοποθέτηση του αντιγράφου (%1)· η βάση δεδομένων έμεινε όπως ήταν.</translation>
    </message>
    <message>
        <source>it does not pass its checks</source>
        <translation>δεν περνά τους ελέγχους του</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — δεν μπορεί να διαβαστεί</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>αυτόματο</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>χειροκίνητο</translation>
    </message>
    <message>
        <source>%1 · %2 debtors · %3 · %4</source>
        <translation>%1 · %2 οφειλέτες · %3 · %4</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Η βάση δεδομένων έχει υποστεί ζημιά</translation>
    </message>
    <message>
        <source>callnotes found the database damaged and will not work on it. Restore a backup: the damaged file is kept aside first, so nothing is thrown away.</source>
        <translation>Το callnotes βρήκε τη βάση δεδομένων κατεστραμμένη και δεν θα δουλέψει σε αυτήν. Επαναφέρετε ένα αντίγραφο: το κατεστραμμένο αρχείο φυλάσσεται πρώτα χωριστά, οπότε δεν χάνεται τίποτα.</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Αναζήτηση αντιγράφων…</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup</source>
        <translation>&amp;Επαναφορά του επιλεγμένου αντιγράφου</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>Ά&amp;λλο αρχείο…</translation>
    </message>
    <message>
        <source>The newest backup is chosen.</source>
        <translation>Έχει επιλεγεί το νεότερο αντίγραφο.</translation>
    </message>
    <message>
        <source>No backup was found in the backup folder. Choose a backup file with Other file….</source>
        <translation>Δεν βρέθηκε αντίγραφο στον φάκελο αντιγράφων. Επιλέξτε αρχείο αντιγράφου με το Άλλο αρχείο….</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Επαναφορά από αντίγραφο</translation>
    </message>
    <message>
        <source>callnotes backups (*.backup);;All files (*)</source>
        <translation>Αντίγραφα του callnotes (*.backup);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Checking and restoring %1…</source>
        <translation>Έλεγχος και επαναφορά του %1…</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <source>Every day 08:00–21:00 (general)</source>
        <translation>Όλες τις ημέρες 08:00–21:00 (γενικός κανόνας)</translation>
    </message>
    <message>
        <source>Weekdays 09:00–20:00, one contact in 2 days (Greek rule)</source>
        <translation>Δευτέρα–Παρασκευή 09:00–20:00, μία επαφή ανά 2 ημέρες (ελληνικός κανόνας)</translation>
    </message>
    <message>
        <source>Weekdays 09:00–21:00 (Spanish rule for commercial calls)</source>
        <translation>Δευτέρα–Παρασκευή 09:00–21:00 (ισπανικός κανόνας εμπορικών κλήσεων)</translation>
    </message>
    <message>
        <source>Every day 08:00–21:00 (US Regulation F)</source>
        <translation>Όλες τις ημέρες 08:00–21:00 (Regulation F, ΗΠΑ)</translation>
    </message>
    <message>
        <source>Welcome to callnotes</source>
        <translation>Καλώς ήρθατε στο callnotes</translation>
    </message>
    <message>
        <source>Settings: your business</source>
        <translation>Ρυθμίσεις: η επιχείρησή σας</translation>
    </message>
    <message>
        <source>Tell callnotes about your business: it is printed on letters and packets, and your name signs every note you write. You can change all of it later in Settings.</source>
        <translation>Πείτε στο callnotes για την επιχείρησή σας: τα στοιχεία της τυπώνονται στις επιστολές και στους φακέλους τεκμηρίωσης, και το όνομά σας υπογράφει κάθε σημείωση που γράφετε. Μπορείτε να τα αλλάξετε όλα αργότερα στις Ρυθμίσεις.</translation>
    </message>
    <message>
        <source>e.g. Marta Ribera</source>
        <translation>π.χ. Μαρία Παππά</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ημέρες</translation>
    </message>
    <message>
        <source>Before a call or a visit, callnotes warns when the last conversation was more recent.</source>
        <translation>Πριν από κλήση ή επίσκεψη, το callnotes προειδοποιεί αν η τελευταία συνομιλία είναι πιο πρόσφατη.</translation>
    </message>
    <message>
        <source>A summary sent after a call and not confirmed by then is listed on the agenda.</source>
        <translation>Η σύνοψη που στέλνεται μετά από μια κλήση και δεν έχει επιβεβαιωθεί μέχρι τότε εμφανίζεται στην ατζέντα.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Επωνυμία:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>ΑΦΜ:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Χώρα:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Διεύθυνση:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Τηλέφωνο:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Who signs letters:</source>
        <translation>Ποιος υπογράφει τις επιστολές:</translation>
    </message>
    <message>
        <source>Your name (signs your notes):</source>
        <translation>Το όνομά σας (υπογράφει τις σημειώσεις σας):</translation>
    </message>
    <message>
        <source>Currency of new debtors:</source>
        <translation>Νόμισμα νέων οφειλετών:</translation>
    </message>
    <message>
        <source>Language of new debtors:</source>
        <translation>Γλώσσα νέων οφειλετών:</translation>
    </message>
    <message>
        <source>Calling hours:</source>
        <translation>Ωράριο κλήσεων:</translation>
    </message>
    <message>
        <source>Days between conversations:</source>
        <translation>Ημέρες μεταξύ συνομιλιών:</translation>
    </message>
    <message>
        <source>Days to wait for a reply:</source>
        <translation>Ημέρες αναμονής απάντησης:</translation>
    </message>
    <message>
        <source>Load example data instead</source>
        <translation>Φόρτωση δεδομένων παραδείγματος αντί γι&apos; αυτό</translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <source>Log contact…</source>
        <translation>Καταχώριση επαφής…</translation>
    </message>
    <message>
        <source>Log an e-mail, letter, visit or message (Ctrl+Shift+L)</source>
        <translation>Καταχώριση email, επιστολής, επίσκεψης ή μηνύματος (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>End call (Ctrl+E)</source>
        <translation>Τέλος κλήσης (Ctrl+E)</translation>
    </message>
    <message>
        <source>Record ✗ broken at entry %1</source>
        <translation>Αρχείο ✗ αλλοιωμένο στην καταχώριση %1</translation>
    </message>
    <message>
        <source>Offers… (Ctrl+O)</source>
        <translation>Προτάσεις… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Instalments, a discount or a settlement: the figures and the wording</source>
        <translation>Δόσεις, έκπτωση ή διακανονισμός: τα ποσά και η διατύπωση</translation>
    </message>
    <message>
        <source>Someone else answered (Ctrl+T)</source>
        <translation>Απάντησε τρίτος (Ctrl+T)</translation>
    </message>
    <message>
        <source>Hide the amounts and offer neutral questions while someone else is on the line</source>
        <translation>Απόκρυψη των ποσών και ουδέτερες ερωτήσεις όσο στη γραμμή είναι τρίτο πρόσωπο</translation>
    </message>
    <message>
        <source>Record ✗ %1 problems</source>
        <translation>Αρχείο ✗ %1 προβλήματα</translation>
    </message>
    <message>
        <source>Record ✓ checked in full %1</source>
        <translation>Αρχείο ✓ ελέγχθηκε πλήρως %1</translation>
    </message>
    <message>
        <source>The %1 entries added since the last full check were checked now.</source>
        <translation>Οι %1 εγγραφές που προστέθηκαν μετά τον τελευταίο πλήρη έλεγχο ελέγχθηκαν μόλις τώρα.</translation>
    </message>
    <message>
        <source>Click the number to hand it to your phone app</source>
        <translation>Κάντε κλικ στον αριθμό για να τον στείλετε στην εφαρμογή τηλεφώνου</translation>
    </message>
    <message>
        <source>No phone application: number copied (%1)</source>
        <translation>Δεν υπάρχει εφαρμογή τηλεφώνου: ο αριθμός αντιγράφηκε (%1)</translation>
    </message>
    <message>
        <source>Third party answered: %1</source>
        <translation>Απάντησε τρίτο πρόσωπο: %1</translation>
    </message>
    <message>
        <source>Third party answered</source>
        <translation>Απάντησε τρίτο πρόσωπο</translation>
    </message>
    <message>
        <source>● %1 in call</source>
        <translation>● %1 σε κλήση</translation>
    </message>
    <message>
        <source>✓ usual hours</source>
        <translation>✓ συνήθες ωράριο</translation>
    </message>
    <message>
        <source>⚠ outside usual hours</source>
        <translation>⚠ εκτός συνήθους ωραρίου</translation>
    </message>
    <message>
        <source>%1 their time %2</source>
        <translation>Ώρα οφειλέτη: %1 %2</translation>
    </message>
    <message>
        <source>The disk is full: your notes are kept here and will be saved as soon as there is space. Free some space on the disk; callnotes tries again every few seconds.</source>
        <translation>Ο δίσκος είναι γεμάτος: οι σημειώσεις σας κρατιούνται εδώ και θα αποθηκευτούν μόλις υπάρξει χώρος. Ελευθερώστε χώρο στον δίσκο· το callnotes ξαναδοκιμάζει κάθε λίγα δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (the disk or the folder is read-only): your notes are kept here and will be saved as soon as it can be written again. callnotes tries again every few seconds.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στον φάκελο δεδομένων (ο δίσκος ή ο φάκελος είναι μόνο για ανάγνωση): οι σημειώσεις σας κρατιούνται εδώ και θα αποθηκευτούν μόλις γίνει ξανά δυνατή η εγγραφή. Το callnotes ξαναδοκιμάζει κάθε λίγα δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error): your notes are kept here and will be saved as soon as it works again. callnotes tries again every few seconds.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή στον δίσκο (σφάλμα εισόδου/εξόδου): οι σημειώσεις σας κρατιούνται εδώ και θα αποθηκευτούν μόλις λειτουργήσει ξανά. Το callnotes ξαναδοκιμάζει κάθε λίγα δευτερόλεπτα.</translation>
    </message>
    <message>
        <source>Your notes could not be saved yet: they are kept here and callnotes tries again every few seconds.</source>
        <translation>Οι σημειώσεις σας δεν αποθηκεύτηκαν ακόμη: κρατιούνται εδώ και το callnotes ξαναδοκιμάζει κάθε λίγα δευτερόλεπτα.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) waiting to be saved.</source>
        <translation>
            <numerusform>%n γραμμή περιμένει αποθήκευση.</numerusform>
            <numerusform>%n γραμμές περιμένουν αποθήκευση.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call ends as soon as they are saved.</source>
        <translation>Η κλήση θα τερματιστεί μόλις αποθηκευτούν.</translation>
    </message>
    <message>
        <source>A call is open</source>
        <translation>Υπάρχει ανοιχτή κλήση</translation>
    </message>
    <message>
        <source>The call with %1 is still open. End it now, or keep it open for later?</source>
        <translation>Η κλήση με %1 είναι ακόμη ανοιχτή. Να τερματιστεί τώρα ή να μείνει ανοιχτή για αργότερα;</translation>
    </message>
    <message>
        <source>Everything typed is saved either way. A call kept open is offered back the next time callnotes starts.</source>
        <translation>Ό,τι πληκτρολογήθηκε αποθηκεύεται σε κάθε περίπτωση. Μια κλήση που μένει ανοιχτή προτείνεται ξανά την επόμενη φορά που θα ξεκινήσει το callnotes.</translation>
    </message>
    <message>
        <source>&amp;End the call now</source>
        <translation>&amp;Τερματισμός της κλήσης τώρα</translation>
    </message>
    <message>
        <source>&amp;Keep it open for later</source>
        <translation>&amp;Διατήρηση ανοιχτής για αργότερα</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Μη αποθηκευμένες σημειώσεις</translation>
    </message>
    <message>
        <source>If callnotes closes now, what is not saved is lost. Close anyway?</source>
        <translation>Αν το callnotes κλείσει τώρα, ό,τι δεν έχει αποθηκευτεί θα χαθεί. Κλείσιμο παρ&apos; όλα αυτά;</translation>
    </message>
    <message>
        <source>Correct the line</source>
        <translation>Διόρθωση γραμμής</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Γραμμή:</translation>
    </message>
    <message>
        <source>Text too long to paste</source>
        <translation>Το κείμενο είναι πολύ μεγάλο για επικόλληση</translation>
    </message>
    <message>
        <source>The text on the clipboard is too long to paste as notes (%1 characters). Paste a shorter part, or attach the document to the debtor instead.</source>
        <translation>Το κείμενο στο πρόχειρο είναι πολύ μεγάλο για να επικολληθεί ως σημειώσεις (%1 χαρακτήρες). Επικολλήστε ένα μικρότερο τμήμα ή, καλύτερα, επισυνάψτε το έγγραφο στον οφειλέτη.</translation>
    </message>
    <message>
        <source>Notes not saved yet</source>
        <translation>Σημειώσεις που δεν αποθηκεύτηκαν ακόμη</translation>
    </message>
    <message>
        <source>Some notes are not saved yet; callnotes tries again every few seconds. End the call once they are saved.</source>
        <translation>Ορισμένες σημειώσεις δεν έχουν αποθηκευτεί ακόμη· το callnotes ξαναδοκιμάζει κάθε λίγα δευτερόλεπτα. Τερματίστε την κλήση μόλις αποθηκευτούν.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note on invoice %1</source>
        <translation>Πιστωτικό σημείωμα για το τιμολόγιο %1</translation>
    </message>
    <message>
        <source>%1 is open on this invoice.</source>
        <translation>Ανεξόφλητο υπόλοιπο του τιμολογίου: %1.</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Ποσό (%1):</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Ημερομηνία:</translation>
    </message>
    <message>
        <source>Required, e.g. discount for late delivery</source>
        <translation>Υποχρεωτικό, π.χ. έκπτωση λόγω καθυστερημένης παράδοσης</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Επιλογή ημερομηνίας από ημερολόγιο</translation>
    </message>
    <message>
        <source>Type a date like %1.</source>
        <translation>Πληκτρολογήστε ημερομηνία όπως %1.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar; type a date like %2.</source>
        <translation>Το %1 δεν είναι υπαρκτή ημερομηνία· πληκτρολογήστε ημερομηνία όπως %2.</translation>
    </message>
</context>
<context>
    <name>DebtorDetail</name>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Έκδοση</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Ημ. καθυστέρησης</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Πιστωμένο</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Πληρωμένο</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανεξόφλητο</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Αγαθά ή υπηρεσίες</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Τρόπος</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Αναφορά</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Αντιστοίχιση</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Ισχύει</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Τηλέφωνα</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Δόθηκε</translation>
    </message>
</context>
<context>
    <name>DebtorDetailPanel</name>
    <message>
        <source>Invoices</source>
        <translation>Τιμολόγια</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Πληρωμές</translation>
    </message>
    <message>
        <source>Promises and plans</source>
        <translation>Υποσχέσεις και προγράμματα</translation>
    </message>
    <message>
        <source>Details and people</source>
        <translation>Στοιχεία και πρόσωπα</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Start call (Ctrl+Enter)</source>
        <translation>Έναρξη κλήσης (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Letters (Ctrl+L)</source>
        <translation>Επιστολές (Ctrl+L)</translation>
    </message>
    <message>
        <source>Select a debtor</source>
        <translation>Επιλέξτε οφειλέτη</translation>
    </message>
    <message>
        <source>Owed: %1 as of %2</source>
        <translation>Οφειλή: %1 στις %2</translation>
    </message>
    <message>
        <source>Invoices %1 · interest %2 · fees %3</source>
        <translation>Τιμολόγια %1 · τόκοι %2 · επιβαρύνσεις %3</translation>
    </message>
    <message>
        <source>credit on account −%1</source>
        <translation>πιστωτικό υπόλοιπο −%1</translation>
    </message>
    <message>
        <source>Record · %1 entries · checking the chain…</source>
        <translation>Αρχείο · %1 εγγραφές · έλεγχος της αλυσίδας…</translation>
    </message>
    <message>
        <source>Record ✓ intact · %1 entries · head %2</source>
        <translation>Αρχείο ✓ ακέραιο · %1 καταχωρίσεις · αποτύπωμα %2</translation>
    </message>
    <message>
        <source>Record ✗ BROKEN at entry %1: %2</source>
        <translation>Αρχείο ✗ ΑΛΛΟΙΩΜΕΝΟ στην καταχώριση %1: %2</translation>
    </message>
    <message>
        <source>Record ✗ %1 problems: %2</source>
        <translation>Αρχείο ✗ %1 προβλήματα: %2</translation>
    </message>
    <message>
        <source>chain checked in full %1</source>
        <translation>η αλυσίδα ελέγχθηκε πλήρως %1</translation>
    </message>
    <message>
        <source>%1 newer entries checked now</source>
        <translation>%1 νεότερες εγγραφές ελέγχθηκαν τώρα</translation>
    </message>
</context>
<context>
    <name>DebtorDialog</name>
    <message>
        <source>A business</source>
        <translation>Επιχείρηση</translation>
    </message>
    <message>
        <source>A private person</source>
        <translation>Ιδιώτης</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Άγνωστη ακόμη</translation>
    </message>
    <message>
        <source>Pays on time</source>
        <translation>Πληρώνει εμπρόθεσμα</translation>
    </message>
    <message>
        <source>Sometimes late</source>
        <translation>Καθυστερεί μερικές φορές</translation>
    </message>
    <message>
        <source>Usually late</source>
        <translation>Συνήθως καθυστερεί</translation>
    </message>
    <message>
        <source>New debtor</source>
        <translation>Νέος οφειλέτης</translation>
    </message>
    <message>
        <source>Debtor details</source>
        <translation>Στοιχεία οφειλέτη</translation>
    </message>
    <message>
        <source>Charge statutory late-payment interest and 40 € per late invoice</source>
        <translation>Χρέωση τόκων υπερημερίας και 40 € ανά εκπρόθεσμο τιμολόγιο</translation>
    </message>
    <message>
        <source>For debts between businesses in the EU, in euros: the ECB reference rate plus 8 points a year, and a fixed 40 € for each invoice paid late.</source>
        <translation>Για οφειλές μεταξύ επιχειρήσεων στην ΕΕ, σε ευρώ: το επιτόκιο αναφοράς της ΕΚΤ συν 8 εκατοστιαίες μονάδες ετησίως και σταθερή αποζημίωση 40 € για κάθε τιμολόγιο που εξοφλείται εκπρόθεσμα.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Όνομα:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Είδος:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>ΑΦΜ:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Χώρα:</translation>
    </message>
    <message>
        <source>Language of letters:</source>
        <translation>Γλώσσα επιστολών:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Νόμισμα:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Ζώνη ώρας:</translation>
    </message>
    <message>
        <source>Address for letters:</source>
        <translation>Ταχυδρομική διεύθυνση:</translation>
    </message>
    <message>
        <source>Main phone:</source>
        <translation>Κύριο τηλέφωνο:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Σημειώσεις:</translation>
    </message>
    <message>
        <source>Pays:</source>
        <translation>Συνέπεια πληρωμών:</translation>
    </message>
    <message>
        <source>Late payment:</source>
        <translation>Καθυστέρηση πληρωμής:</translation>
    </message>
</context>
<context>
    <name>DebtorList</name>
    <message>
        <source>Debtor</source>
        <translation>Οφειλέτης</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Οφειλή</translation>
    </message>
    <message>
        <source>Overdue (days)</source>
        <translation>Καθυστ. (ημ.)</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Τελευταία επαφή</translation>
    </message>
</context>
<context>
    <name>DebtorListPanel</name>
    <message>
        <source>Find a debtor (Ctrl+K)</source>
        <translation>Αναζήτηση οφειλέτη (Ctrl+K)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Εμφάνιση αρχειοθετημένων</translation>
    </message>
    <message>
        <source>Show the debtors archived as paid, written off or handed over</source>
        <translation>Εμφάνιση των οφειλετών που αρχειοθετήθηκαν ως εξοφλημένοι, διαγραμμένοι ή ανατεθειμένοι σε τρίτους</translation>
    </message>
    <message>
        <source>No debtors yet. Add the first one, or load the example data to see how callnotes works.</source>
        <translation>Δεν υπάρχουν ακόμη οφειλέτες. Προσθέστε τον πρώτο ή φορτώστε τα δεδομένα παραδείγματος για να δείτε πώς λειτουργεί το callnotes.</translation>
    </message>
    <message>
        <source>Add a debtor…</source>
        <translation>Προσθήκη οφειλέτη…</translation>
    </message>
    <message>
        <source>Load example data</source>
        <translation>Φόρτωση δεδομένων παραδείγματος</translation>
    </message>
    <message>
        <source>Import invoices…</source>
        <translation>Εισαγωγή τιμολογίων…</translation>
    </message>
    <message>
        <source>From a CSV file exported by Xero, QuickBooks, Holded or a spreadsheet</source>
        <translation>Από αρχείο CSV που εξήγαγε το Xero, το QuickBooks, το Holded ή ένα υπολογιστικό φύλλο</translation>
    </message>
</context>
<context>
    <name>DeleteDebtorDialog</name>
    <message>
        <source>Delete the data of %1</source>
        <translation>Διαγραφή των δεδομένων του/της %1</translation>
    </message>
    <message>
        <source>This deletes everything callnotes holds on %1: their details, people, agreement, invoices, payments, promises, plans, every contact and its notes, the record, and the documents no other debtor shares. It cannot be undone.</source>
        <translation>Αυτό διαγράφει ό,τι κρατά το callnotes για %1: στοιχεία, πρόσωπα, συμφωνία, τιμολόγια, πληρωμές, υποσχέσεις, σχέδια, κάθε επικοινωνία με τις σημειώσεις της, το αρχείο καταγραφών και τα έγγραφα που δεν μοιράζεται άλλος οφειλέτης. Δεν αναιρείται.</translation>
    </message>
    <message>
        <source>What stays is a short note that a debtor was deleted: when, why, by whom, and a fingerprint of the name from which the name cannot be read back.</source>
        <translation>Μένει μόνο μια σύντομη σημείωση ότι διαγράφηκε ένας οφειλέτης: πότε, γιατί, από ποιον, και ένα αποτύπωμα του ονόματος από το οποίο το όνομα δεν μπορεί να ανακτηθεί.</translation>
    </message>
    <message>
        <source>If the person asked for a copy of their data, or you may need it later, export it first.</source>
        <translation>Αν το πρόσωπο ζήτησε αντίγραφο των δεδομένων του ή μπορεί να τα χρειαστείτε αργότερα, εξαγάγετέ τα πρώτα.</translation>
    </message>
    <message>
        <source>To confirm, type the name exactly as it is written here: %1</source>
        <translation>Για επιβεβαίωση, πληκτρολογήστε το όνομα ακριβώς όπως γράφεται εδώ: %1</translation>
    </message>
    <message>
        <source>The debtor&apos;s name, to confirm</source>
        <translation>Το όνομα του οφειλέτη, για επιβεβαίωση</translation>
    </message>
    <message>
        <source>Name, to confirm:</source>
        <translation>Όνομα, για επιβεβαίωση:</translation>
    </message>
    <message>
        <source>Required, e.g. the person&apos;s request of 20 November, by e-mail</source>
        <translation>Υποχρεωτικό, π.χ. το αίτημα του προσώπου της 20ής Νοεμβρίου, με e-mail</translation>
    </message>
    <message>
        <source>E&amp;xport the data first…</source>
        <translation>Ε&amp;ξαγωγή των δεδομένων πρώτα…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Οριστική διαγραφή</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>What became of the letter</source>
        <translation>Τι απέγινε η επιστολή</translation>
    </message>
    <message>
        <source>The letter was:</source>
        <translation>Η επιστολή:</translation>
    </message>
    <message>
        <source>Proof of delivery, the returned envelope, the report of service</source>
        <translation>Απόδειξη παράδοσης, ο φάκελος που επιστράφηκε, η έκθεση επίδοσης</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Ημερομηνία:</translation>
    </message>
    <message>
        <source>Receipts:</source>
        <translation>Αποδεικτικά:</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Debtor</source>
        <translation>Οφειλέτης</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Συμφωνία</translation>
    </message>
    <message>
        <source>People to speak to</source>
        <translation>Πρόσωπα επικοινωνίας</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>ΑΦΜ: %1</translation>
    </message>
    <message>
        <source>Country: %1 · language of letters: %2 · currency: %3 · time zone: %4</source>
        <translation>Χώρα: %1 · γλώσσα επιστολών: %2 · νόμισμα: %3 · ζώνη ώρας: %4</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Διεύθυνση: %1</translation>
    </message>
    <message>
        <source>Phone: %1 · e-mail: %2</source>
        <translation>Τηλέφωνο: %1 · email: %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Σημειώσεις: %1</translation>
    </message>
    <message>
        <source>Archived on %1: %2</source>
        <translation>Αρχειοθετήθηκε στις %1: %2</translation>
    </message>
    <message>
        <source>No agreement recorded yet.</source>
        <translation>Δεν έχει καταχωριστεί ακόμη συμφωνία.</translation>
    </message>
    <message>
        <source>Signed on %1: %2. Pay within %3 days; late interest %4 a year; %5 per late invoice.</source>
        <translation>Υπογραφή στις %1: %2. Πληρωμή εντός %3 ημερών· τόκος υπερημερίας %4 ετησίως· επιβάρυνση %5 ανά εκπρόθεσμο τιμολόγιο.</translation>
    </message>
</context>
<context>
    <name>DisputeBox</name>
    <message>
        <source>The debtor disputes the debt</source>
        <translation>Ο οφειλέτης αμφισβητεί την οφειλή</translation>
    </message>
    <message>
        <source>Why, as they put it: e.g. the goods arrived damaged</source>
        <translation>Γιατί, με τα λόγια του: π.χ. τα εμπορεύματα έφτασαν κατεστραμμένα</translation>
    </message>
    <message>
        <source>None checked: the dispute is about the whole debt.</source>
        <translation>Χωρίς επιλογή: η αμφισβήτηση αφορά ολόκληρη την οφειλή.</translation>
    </message>
    <message>
        <source>Only if the debtor names an amount</source>
        <translation>Μόνο αν ο οφειλέτης αναφέρει ποσό</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Λόγος:</translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation>Τιμολόγια:</translation>
    </message>
    <message>
        <source>Amount disputed (if named):</source>
        <translation>Αμφισβητούμενο ποσό (αν αναφέρθηκε):</translation>
    </message>
    <message>
        <source>invoices %1</source>
        <translation>τιμολόγια %1</translation>
    </message>
    <message>
        <source>the whole debt</source>
        <translation>ολόκληρη η οφειλή</translation>
    </message>
    <message>
        <source>Disputed since %1: %2 — %3</source>
        <translation>Αμφισβητείται από τις %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Record a dispute</source>
        <translation>Καταχώριση αμφισβήτησης</translation>
    </message>
    <message>
        <source>The invoices checked are marked disputed until the dispute is resolved; they are still claimed, and reminders and promises about them wait.</source>
        <translation>Τα επιλεγμένα τιμολόγια σημειώνονται ως αμφισβητούμενα μέχρι να επιλυθεί η αμφισβήτηση· εξακολουθούν να διεκδικούνται, ενώ οι υπενθυμίσεις και οι υποσχέσεις που τα αφορούν τίθενται σε αναμονή.</translation>
    </message>
</context>
<context>
    <name>DisputeDialogs</name>
    <message>
        <source>Withdrawn: the debtor accepts the debt</source>
        <translation>Ανακλήθηκε: ο οφειλέτης αποδέχεται την οφειλή</translation>
    </message>
    <message>
        <source>Upheld: the debtor was right</source>
        <translation>Έγινε δεκτή: ο οφειλέτης είχε δίκιο</translation>
    </message>
    <message>
        <source>Settled: we met halfway</source>
        <translation>Συμβιβασμός: βρέθηκε μέση λύση</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Παραδόθηκε</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>Επιστράφηκε στον αποστολέα</translation>
    </message>
    <message>
        <source>Refused by the addressee</source>
        <translation>Ο παραλήπτης αρνήθηκε την παραλαβή</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Attach &amp;files to the debtor…</source>
        <translation>Επισύναψη &amp;αρχείων στον οφειλέτη…</translation>
    </message>
    <message>
        <source>Keep documents with the debtor (Ctrl+Shift+F); or drop files on this panel</source>
        <translation>Φύλαξη εγγράφων μαζί με τον οφειλέτη (Ctrl+Shift+F)· ή αφήστε αρχεία πάνω σε αυτό το πλαίσιο</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Επισύναψη αρχείων…</translation>
    </message>
    <message>
        <source>Keep documents with the selected invoice; or drop files on its row</source>
        <translation>Φύλαξη εγγράφων μαζί με το επιλεγμένο τιμολόγιο· ή αφήστε αρχεία στη γραμμή του</translation>
    </message>
    <message>
        <source>Keep documents with the agreement</source>
        <translation>Φύλαξη εγγράφων μαζί με τη συμφωνία</translation>
    </message>
    <message>
        <source>Attach files to the contact…</source>
        <translation>Επισύναψη αρχείων στην επαφή…</translation>
    </message>
    <message>
        <source>Keep documents with the call, e-mail, letter, visit or message of the selected entry</source>
        <translation>Φύλαξη εγγράφων μαζί με την κλήση, το e-mail, την επιστολή, την επίσκεψη ή το μήνυμα της επιλεγμένης καταχώρισης</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Open the selected document (Enter)</source>
        <translation>Άνοιγμα του επιλεγμένου εγγράφου (Enter)</translation>
    </message>
    <message>
        <source>Attached to %1: %2.</source>
        <translation>Επισυνάφθηκε (%1): %2.</translation>
    </message>
    <message>
        <source>Already kept with %1: %2.</source>
        <translation>Υπάρχει ήδη (%1): %2.</translation>
    </message>
    <message>
        <source>Attach files to %1</source>
        <translation>Επισύναψη αρχείων (%1)</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Άνοιγμα εγγράφου</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: no program that opens this kind of file is installed.</source>
        <translation>Το «%1» δεν ανοίγει: δεν είναι εγκατεστημένο πρόγραμμα που ανοίγει αυτό το είδος αρχείου.</translation>
    </message>
    <message>
        <source>A copy is in this folder; open it from there with a program that can read it:
%1</source>
        <translation>Ένα αντίγραφο βρίσκεται σε αυτόν τον φάκελο· ανοίξτε το από εκεί με πρόγραμμα που μπορεί να το διαβάσει:
%1</translation>
    </message>
    <message>
        <source>&amp;Copy the folder&apos;s path</source>
        <translation>&amp;Αντιγραφή της διαδρομής του φακέλου</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>✓ intact</source>
        <translation>✓ ακέραιο</translation>
    </message>
    <message>
        <source>✗ missing from the data folder</source>
        <translation>✗ λείπει από τον φάκελο δεδομένων</translation>
    </message>
    <message>
        <source>✗ changed since it was added</source>
        <translation>✗ άλλαξε από τότε που προστέθηκε</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>τιμολόγιο %1</translation>
    </message>
    <message>
        <source>agreement of %1</source>
        <translation>συμφωνία της %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 της %2</translation>
    </message>
    <message>
        <source>the debtor</source>
        <translation>ο οφειλέτης</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Έγγραφα</translation>
    </message>
    <message>
        <source>No documents yet. Drop files on this panel, or use Attach files…</source>
        <translation>Δεν υπάρχουν ακόμη έγγραφα. Αφήστε αρχεία πάνω σε αυτό το πλαίσιο ή χρησιμοποιήστε την Επισύναψη αρχείων…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Open the selected document with this computer&apos;s viewer (Enter)</source>
        <translation>Άνοιγμα του επιλεγμένου εγγράφου με το πρόγραμμα προβολής του υπολογιστή (Enter)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Έγγραφο</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Ανήκει σε</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Προστέθηκε</translation>
    </message>
    <message>
        <source>Stored copy</source>
        <translation>Αποθηκευμένο αντίγραφο</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <source>End the call</source>
        <translation>Τέλος κλήσης</translation>
    </message>
    <message>
        <source>One line: what happened, what was agreed</source>
        <translation>Μία γραμμή: τι έγινε, τι συμφωνήθηκε</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Υπόσχεση πληρωμής</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Ποσό:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Έως:</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Πρόγραμμα δόσεων</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>Τέλος και αποθήκευση</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Αποτέλεσμα:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Σύνοψη:</translation>
    </message>
    <message>
        <source>Next action on:</source>
        <translation>Επόμενη ενέργεια στις:</translation>
    </message>
    <message>
        <source>A promise cannot fall due before today.</source>
        <translation>Η υπόσχεση δεν μπορεί να λήγει πριν από σήμερα.</translation>
    </message>
    <message>
        <source>Check the plan&apos;s figures.</source>
        <translation>Ελέγξτε τα ποσά του προγράμματος δόσεων.</translation>
    </message>
    <message>
        <source>A promise needs an amount above zero.</source>
        <translation>Η υπόσχεση πληρωμής χρειάζεται ποσό μεγαλύτερο από μηδέν.</translation>
    </message>
    <message>
        <source>Say why the debtor disputes the debt.</source>
        <translation>Γράψτε γιατί ο οφειλέτης αμφισβητεί την οφειλή.</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>&amp;Settings: your business…</source>
        <translation>&amp;Ρυθμίσεις: η επιχείρησή σας…</translation>
    </message>
    <message>
        <source>&amp;New debtor…</source>
        <translation>&amp;Νέος οφειλέτης…</translation>
    </message>
    <message>
        <source>&amp;Edit debtor details…</source>
        <translation>&amp;Επεξεργασία στοιχείων οφειλέτη…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Αρχειοθέτηση…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Προσθήκη &amp;προσώπου…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Επεξεργασία προσώπου…</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Αφαίρεση προσώπου</translation>
    </message>
    <message>
        <source>Add a&amp;greement…</source>
        <translation>Προσθήκη &amp;συμφωνίας…</translation>
    </message>
    <message>
        <source>Correct agreement…</source>
        <translation>Διόρθωση συμφωνίας…</translation>
    </message>
    <message>
        <source>Add &amp;invoice…</source>
        <translation>Προσθήκη &amp;τιμολογίου…</translation>
    </message>
    <message>
        <source>Correct invoice…</source>
        <translation>Διόρθωση τιμολογίου…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Πιστωτικό σημείωμα…</translation>
    </message>
    <message>
        <source>Dispute or write off…</source>
        <translation>Αμφισβήτηση ή διαγραφή…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>&amp;Καταχώριση πληρωμής…</translation>
    </message>
    <message>
        <source>Correct payment…</source>
        <translation>Διόρθωση πληρωμής…</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>Ακύρωση πληρωμής…</translation>
    </message>
    <message>
        <source>Record &amp;dispute…</source>
        <translation>Καταχώριση α&amp;μφισβήτησης…</translation>
    </message>
    <message>
        <source>Resolve dispute…</source>
        <translation>Επίλυση αμφισβήτησης…</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>Καταχώριση παράδοσης…</translation>
    </message>
    <message>
        <source>Record &amp;reply…</source>
        <translation>Καταχώριση απάντ&amp;ησης…</translation>
    </message>
    <message>
        <source>The debtor&apos;s reply to a summary or letter, or that none came; or drop the .eml here</source>
        <translation>Η απάντηση του οφειλέτη σε σύνοψη ή επιστολή, ή ότι δεν ήρθε απάντηση· ή αφήστε εδώ το .eml</translation>
    </message>
    <message>
        <source>&amp;Offers calculator: a plan…</source>
        <translation>&amp;Υπολογιστής προτάσεων: πρόγραμμα δόσεων…</translation>
    </message>
    <message>
        <source>Back to the &amp;list…</source>
        <translation>Επιστροφή στη &amp;λίστα…</translation>
    </message>
    <message>
        <source>Stop offering %1 to call? Past calls keep their name, and the record keeps the change.</source>
        <translation>Να μην προτείνεται πλέον για κλήση το πρόσωπο %1; Οι προηγούμενες κλήσεις διατηρούν το όνομα και η αλλαγή καταγράφεται στο αρχείο.</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Καταχώριση απάντησης</translation>
    </message>
    <message>
        <source>The debtor disputes what we sent. Record the dispute now (which invoices, and why)?</source>
        <translation>Ο οφειλέτης αμφισβητεί όσα στείλαμε. Να καταχωριστεί τώρα η αμφισβήτηση (ποια τιμολόγια και γιατί);</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Entry %1 of the record</source>
        <translation>Καταχώριση %1 του αρχείου</translation>
    </message>
    <message>
        <source>happened %1</source>
        <translation>συνέβη %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>καταχωρίστηκε %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>από %1</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Διόρθωση…</translation>
    </message>
    <message>
        <source>Correct this entry; the original stays</source>
        <translation>Διόρθωση αυτής της καταχώρισης· το αρχικό παραμένει</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>reminders</source>
        <translation>υπενθυμίσεις</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>κλήσεις</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>συμφωνία</translation>
    </message>
    <message>
        <source>formal demand</source>
        <translation>εξώδικη όχληση</translation>
    </message>
    <message>
        <source>agency or lawyer</source>
        <translation>εταιρεία ή δικηγόρος</translation>
    </message>
    <message>
        <source>court</source>
        <translation>δικαστήριο</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>αναμονή</translation>
    </message>
    <message>
        <source>send a reminder</source>
        <translation>αποστολή υπενθύμισης</translation>
    </message>
    <message>
        <source>call</source>
        <translation>κλήση</translation>
    </message>
    <message>
        <source>offer to settle for less</source>
        <translation>πρόταση διακανονισμού με μικρότερο ποσό</translation>
    </message>
    <message>
        <source>check that the payment came</source>
        <translation>έλεγχος ότι έγινε η πληρωμή</translation>
    </message>
    <message>
        <source>send a formal demand</source>
        <translation>αποστολή εξώδικης όχλησης</translation>
    </message>
    <message>
        <source>hand it to a collection agency</source>
        <translation>ανάθεση σε εταιρεία ενημέρωσης οφειλετών</translation>
    </message>
    <message>
        <source>consult a lawyer</source>
        <translation>συνεννόηση με δικηγόρο</translation>
    </message>
    <message>
        <source>consider a claim at court</source>
        <translation>εξέταση προσφυγής στο δικαστήριο</translation>
    </message>
    <message>
        <source>nothing is overdue yet</source>
        <translation>τίποτα δεν είναι ακόμη ληξιπρόθεσμο</translation>
    </message>
    <message>
        <source>overdue and no reminder sent</source>
        <translation>ληξιπρόθεσμο χωρίς υπενθύμιση</translation>
    </message>
    <message>
        <source>30 days after the last reminder</source>
        <translation>30 ημέρες μετά την τελευταία υπενθύμιση</translation>
    </message>
    <message>
        <source>reminders went unanswered</source>
        <translation>οι υπενθυμίσεις έμειναν αναπάντητες</translation>
    </message>
    <message>
        <source>a week after the last call or visit</source>
        <translation>μία εβδομάδα μετά την τελευταία κλήση ή επίσκεψη</translation>
    </message>
    <message>
        <source>overdue more than 120 days</source>
        <translation>ληξιπρόθεσμο πάνω από 120 ημέρες</translation>
    </message>
    <message>
        <source>they refused to pay</source>
        <translation>αρνήθηκε να πληρώσει</translation>
    </message>
    <message>
        <source>the day after the promised date</source>
        <translation>την επομένη της ημερομηνίας της υπόσχεσης</translation>
    </message>
    <message>
        <source>the day after the next instalment</source>
        <translation>την επομένη της επόμενης δόσης</translation>
    </message>
    <message>
        <source>a promise was broken</source>
        <translation>αθετήθηκε υπόσχεση</translation>
    </message>
    <message>
        <source>an instalment was missed</source>
        <translation>δεν καταβλήθηκε δόση</translation>
    </message>
    <message>
        <source>15 days after the formal demand</source>
        <translation>15 ημέρες μετά την εξώδικη όχληση</translation>
    </message>
    <message>
        <source>if the agency or lawyer recovers nothing</source>
        <translation>αν η εταιρεία ή ο δικηγόρος δεν εισπράξει τίποτα</translation>
    </message>
    <message>
        <source>Stage: %1 · nothing is owed</source>
        <translation>Στάδιο: %1 · δεν υπάρχει οφειλή</translation>
    </message>
    <message>
        <source>Stage: %1 · next: %2 on %3 (%4)</source>
        <translation>Στάδιο: %1 · επόμενο: %2 στις %3 (%4)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 στις %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export packet: %1</source>
        <translation>Εξαγωγή φακέλου τεκμηρίωσης: %1</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Ολόκληρο το αρχείο</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>ή από</translation>
    </message>
    <message>
        <source>to</source>
        <translation>έως</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Ισπανικά</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Ελληνικά</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Αγγλικά</translation>
    </message>
    <message>
        <source>A lawyer or a collection agency</source>
        <translation>Δικηγόρο ή εταιρεία ενημέρωσης οφειλετών</translation>
    </message>
    <message>
        <source>Spain: proceso monitorio</source>
        <translation>Ισπανία: proceso monitorio</translation>
    </message>
    <message>
        <source>Greece: payment order (διαταγή πληρωμής)</source>
        <translation>Ελλάδα: διαταγή πληρωμής</translation>
    </message>
    <message>
        <source>United States: small claims court</source>
        <translation>ΗΠΑ: δικαστήριο μικροδιαφορών (small claims)</translation>
    </message>
    <message>
        <source>Include the attached documents as exhibits</source>
        <translation>Συμπερίληψη των συνημμένων εγγράφων ως σχετικών</translation>
    </message>
    <message>
        <source>e.g. Owner, Office manager</source>
        <translation>π.χ. Ιδιοκτήτης, Υπεύθυνος γραφείου</translation>
    </message>
    <message>
        <source>Done: the packet has %1 pages.
Chain head: %2</source>
        <translation>Ολοκληρώθηκε: ο φάκελος έχει %1 σελίδες.
Κεφαλή της αλυσίδας: %2</translation>
    </message>
    <message>
        <source>Something went wrong inside callnotes; the packet was not written.
%1</source>
        <translation>Κάτι πήγε στραβά μέσα στο callnotes· ο φάκελος δεν γράφτηκε.
%1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Ε&amp;ξαγωγή</translation>
    </message>
    <message>
        <source>Decl&amp;arant&apos;s role:</source>
        <translation>Ιδιότητα του δηλο&amp;ύντος:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Γ&amp;λώσσα:</translation>
    </message>
    <message>
        <source>Fo&amp;r:</source>
        <translation>Πρ&amp;ος:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Άνοι&amp;γμα</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Άνοιγμα &amp;φακέλου</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Εκτύπωση…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Περίοδος:</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε· δεν γράφτηκε κανένα αρχείο.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ακύρωση…</translation>
    </message>
    <message>
        <source>No program to open PDF files was found. The file is at:
%1
Open folder shows it.</source>
        <translation>Δεν βρέθηκε πρόγραμμα για άνοιγμα αρχείων PDF. Το αρχείο βρίσκεται στο:
%1
Το «Άνοιγμα φακέλου» το εμφανίζει.</translation>
    </message>
    <message>
        <source>No program to show folders was found. The filing copy is at:
%1</source>
        <translation>Δεν βρέθηκε πρόγραμμα για εμφάνιση φακέλων. Το αντίγραφο κατάθεσης βρίσκεται στο:
%1</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Στάλθηκαν %1 σελίδες στον εκτυπωτή.</translation>
    </message>
</context>
<context>
    <name>ExportOutputs</name>
    <message>
        <source>Files</source>
        <translation>Αρχεία</translation>
    </message>
    <message>
        <source>general</source>
        <comment>file name: a packet for a lawyer or a collection agency</comment>
        <translation>geniko</translation>
    </message>
    <message>
        <source>monitorio</source>
        <comment>file name: Spain&apos;s proceso monitorio</comment>
        <translation>monitorio</translation>
    </message>
    <message>
        <source>payment-order</source>
        <comment>file name: Greece&apos;s payment order</comment>
        <translation>diatagi-pliromis</translation>
    </message>
    <message>
        <source>small-claims</source>
        <comment>file name: a US small claims court</comment>
        <translation>mikrodiafores</translation>
    </message>
    <message>
        <source>filing</source>
        <comment>file name: the copy filed at the court portal</comment>
        <translation>katathesi</translation>
    </message>
    <message>
        <source>evidence</source>
        <comment>file name: the evidence copy, for the lawyer</comment>
        <translation>apodeiktiko</translation>
    </message>
    <message>
        <source>documents</source>
        <comment>folder name: one file per document</comment>
        <translation>engrafa</translation>
    </message>
    <message>
        <source>Save the filing copy as</source>
        <translation>Αποθήκευση του αντιγράφου κατάθεσης ως</translation>
    </message>
    <message>
        <source>Fi&amp;ling copy (PDF/A, for the court portal):</source>
        <translation>Αντίγραφο &amp;κατάθεσης (PDF/A, για τη δικαστική πύλη):</translation>
    </message>
    <message>
        <source>Also write an e&amp;vidence copy (with the journal and checker attached, for the lawyer)</source>
        <translation>Εγγραφή και &amp;αποδεικτικού αντιγράφου (με το αρχείο και τον ελεγκτή συνημμένα, για τον δικηγόρο)</translation>
    </message>
    <message>
        <source>Save the evidence copy as</source>
        <translation>Αποθήκευση του αποδεικτικού αντιγράφου ως</translation>
    </message>
    <message>
        <source>One file per &amp;document (for LexNET)</source>
        <translation>Ένα αρχείο ανά &amp;έγγραφο (για το LexNET)</translation>
    </message>
    <message>
        <source>Folder for one file per document</source>
        <translation>Φάκελος για ένα αρχείο ανά έγγραφο</translation>
    </message>
    <message>
        <source>Give the filing copy a file name.</source>
        <translation>Δώστε όνομα αρχείου στο αντίγραφο κατάθεσης.</translation>
    </message>
    <message>
        <source>Give the evidence copy a file name, or leave it out.</source>
        <translation>Δώστε όνομα αρχείου στο αποδεικτικό αντίγραφο ή παραλείψτε το.</translation>
    </message>
    <message>
        <source>Choose a folder for the files of each document, or leave them out.</source>
        <translation>Επιλέξτε φάκελο για τα αρχεία κάθε εγγράφου ή παραλείψτε τα.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Αντικατάσταση αρχείων;</translation>
    </message>
    <message>
        <source>These files are already there:
%1
Replace them?</source>
        <translation>Αυτά τα αρχεία υπάρχουν ήδη:
%1
Να αντικατασταθούν;</translation>
    </message>
</context>
<context>
    <name>ExportResults</name>
    <message>
        <source>Filing copy</source>
        <translation>Αντίγραφο κατάθεσης</translation>
    </message>
    <message>
        <source>Evidence copy</source>
        <translation>Αποδεικτικό αντίγραφο</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Έγγραφο</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Ευρετήριο</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ηλεκτρονικό ταχυδρομείο</translation>
    </message>
    <message>
        <source>Exhibit %1, %2: its fonts are not embedded, so it is reproduced as images of its pages. Save it again as PDF/A from the program that made it, attach the new file and export again.</source>
        <translation>Σχετικό %1, %2: οι γραμματοσειρές του δεν είναι ενσωματωμένες, γι&apos; αυτό αναπαράγεται ως εικόνες των σελίδων του. Αποθηκεύστε το ξανά ως PDF/A από το πρόγραμμα που το δημιούργησε, επισυνάψτε το νέο αρχείο και εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2: it uses printing-press (CMYK) colours without a colour profile, so it is reproduced as images of its pages. Save it again as PDF/A from the program or scanner that made it, attach the new file and export again.</source>
        <translation>Σχετικό %1, %2: χρησιμοποιεί χρώματα εκτύπωσης (CMYK) χωρίς προφίλ χρώματος, γι&apos; αυτό αναπαράγεται ως εικόνες των σελίδων του. Αποθηκεύστε το ξανά ως PDF/A από το πρόγραμμα ή τον σαρωτή που το δημιούργησε, επισυνάψτε το νέο αρχείο και εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2: the file is damaged, so its pages are reproduced as images as well as they could be. Ask the sender for the file again, or print and scan the original; attach the new file and export again.</source>
        <translation>Σχετικό %1, %2: το αρχείο είναι κατεστραμμένο, γι&apos; αυτό οι σελίδες του αναπαράγονται ως εικόνες όσο καλύτερα γίνεται. Ζητήστε ξανά το αρχείο από τον αποστολέα ή εκτυπώστε και σαρώστε το πρωτότυπο· επισυνάψτε το νέο αρχείο και εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2: it contains something a PDF/A file may not (such as scripts or form fields), so it is reproduced as images of its pages. Save it again as PDF/A from the program that made it, attach the new file and export again.</source>
        <translation>Σχετικό %1, %2: περιέχει κάτι που δεν επιτρέπεται σε αρχείο PDF/A (όπως σενάρια ή πεδία φόρμας), γι&apos; αυτό αναπαράγεται ως εικόνες των σελίδων του. Αποθηκεύστε το ξανά ως PDF/A από το πρόγραμμα που το δημιούργησε, επισυνάψτε το νέο αρχείο και εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, is not in the packet: its stored copy is no longer in the data folder. Restore the data folder from a backup and export again.</source>
        <translation>Το σχετικό %1, %2, δεν περιλαμβάνεται στον φάκελο: το αποθηκευμένο αντίγραφό του δεν βρίσκεται πια στον φάκελο δεδομένων. Επαναφέρετε τον φάκελο δεδομένων από αντίγραφο ασφαλείας και εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, is not in the packet: its stored copy no longer matches the file that was added. Restore the data folder from a backup and export again.</source>
        <translation>Το σχετικό %1, %2, δεν περιλαμβάνεται στον φάκελο: το αποθηκευμένο αντίγραφό του δεν ταιριάζει πια με το αρχείο που προστέθηκε. Επαναφέρετε τον φάκελο δεδομένων από αντίγραφο ασφαλείας και εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, is not in the packet: it could not be read (%3). Attach a readable copy and export again.</source>
        <translation>Το σχετικό %1, %2, δεν περιλαμβάνεται στον φάκελο: δεν ήταν δυνατή η ανάγνωσή του (%3). Επισυνάψτε αναγνώσιμο αντίγραφο και εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, is not in the packet: a file of type %3 cannot be shown in a PDF. Attach it as a PDF, JPEG or PNG and export again.</source>
        <translation>Το σχετικό %1, %2, δεν περιλαμβάνεται στον φάκελο: αρχείο τύπου %3 δεν μπορεί να εμφανιστεί σε PDF. Επισυνάψτε το ως PDF, JPEG ή PNG και εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Αντίγραφο</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Σελίδες</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 per file %4 usually accepts. Attach a smaller copy of this document (such as a scan at a lower resolution), or leave it out.</source>
        <translation>Το %1 έχει μέγεθος %2, πάνω από τα %3 ανά αρχείο που δέχεται συνήθως το %4. Επισυνάψτε μικρότερο αντίγραφο αυτού του εγγράφου (π.χ. σάρωση σε χαμηλότερη ανάλυση) ή παραλείψτε το.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 per file %4 usually accepts. Use one file per document, or leave large exhibits out.</source>
        <translation>Το %1 έχει μέγεθος %2, πάνω από τα %3 ανά αρχείο που δέχεται συνήθως το %4. Χρησιμοποιήστε ένα αρχείο ανά έγγραφο ή παραλείψτε τα μεγάλα σχετικά.</translation>
    </message>
    <message>
        <source>The statutory interest for the half-year starting %1 uses the latest earlier rate: the rate table has none for it.</source>
        <translation>Οι νόμιμοι τόκοι του εξαμήνου που αρχίζει στις %1 χρησιμοποιούν το τελευταίο προηγούμενο επιτόκιο: ο πίνακας επιτοκίων δεν έχει επιτόκιο γι&apos; αυτό.</translation>
    </message>
    <message>
        <source>The statutory interest for the half-years starting %1 uses the latest earlier rate: the rate table has none for them.</source>
        <translation>Οι νόμιμοι τόκοι των εξαμήνων που αρχίζουν στις %1 χρησιμοποιούν το τελευταίο προηγούμενο επιτόκιο: ο πίνακας επιτοκίων δεν έχει επιτόκιο γι&apos; αυτά.</translation>
    </message>
    <message>
        <source>Check the ECB rate and add it to your copy of the table, %1, then export again.</source>
        <translation>Ελέγξτε το επιτόκιο της ΕΚΤ, προσθέστε το στο αντίγραφο του πίνακα, %1, και εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Check the ECB rate and add it to the table: copy the table that ships with callnotes, %2, into the data folder as %1 and edit it (your copy replaces the shipped table), then export again.</source>
        <translation>Ελέγξτε το επιτόκιο της ΕΚΤ και προσθέστε το στον πίνακα: αντιγράψτε τον πίνακα που συνοδεύει το callnotes, %2, στον φάκελο δεδομένων ως %1 και επεξεργαστείτε τον (το αντίγραφό σας αντικαθιστά τον πίνακα του callnotes)· έπειτα εξαγάγετε ξανά.</translation>
    </message>
    <message>
        <source>Together the %1 files are %2, more than the %3 per submission %4 usually accepts. File them in more than one submission, or leave large exhibits out.</source>
        <translation>Συνολικά τα %1 αρχεία έχουν μέγεθος %2, πάνω από τα %3 ανά υποβολή που δέχεται συνήθως το %4. Καταθέστε τα σε περισσότερες από μία υποβολές ή παραλείψτε τα μεγάλα σχετικά.</translation>
    </message>
    <message>
        <source>Amount claimed: %1 (invoices %2).</source>
        <translation>Απαιτούμενο ποσό: %1 (τιμολόγια %2).</translation>
    </message>
    <message>
        <source>Amount claimed: %1.</source>
        <translation>Απαιτούμενο ποσό: %1.</translation>
    </message>
    <message>
        <source>Not claimed because not yet due: %1 (invoices %2).</source>
        <translation>Δεν ζητείται επειδή δεν έχει ακόμη λήξει: %1 (τιμολόγια %2).</translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Put into the notes: %1</source>
        <translation>Προσθήκη στις σημειώσεις: %1</translation>
    </message>
    <message>
        <source>OWED %1</source>
        <translation>ΟΦΕΙΛΗ %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>στις %1</translation>
    </message>
    <message>
        <source>invoices %1 · interest %2 · fees %3</source>
        <translation>τιμολόγια %1 · τόκοι %2 · επιβαρύνσεις %3</translation>
    </message>
    <message>
        <source>credit −%1</source>
        <translation>πίστωση −%1</translation>
    </message>
    <message>
        <source>Total owed %1 as of %2 (%3)</source>
        <translation>Συνολική οφειλή %1 στις %2 (%3)</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Συνολική οφειλή</translation>
    </message>
    <message>
        <source>⚠ DISPUTED</source>
        <translation>⚠ ΑΜΦΙΣΒΗΤΕΙΤΑΙ</translation>
    </message>
    <message>
        <source>invoices %1</source>
        <translation>τιμολόγια %1</translation>
    </message>
    <message>
        <source>the whole debt</source>
        <translation>ολόκληρη η οφειλή</translation>
    </message>
    <message>
        <source>since %1: %2 — %3</source>
        <translation>από τις %1: %2 — %3</translation>
    </message>
    <message>
        <source>OPEN INVOICES</source>
        <translation>ΑΝΕΞΟΦΛΗΤΑ ΤΙΜΟΛΟΓΙΑ</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>καθυστέρηση %1 ημερών</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>δεν έχει λήξει</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>λήξη %1</translation>
    </message>
    <message>
        <source>Invoice %1, %2, issued %3, due %4 (%5)</source>
        <translation>Τιμολόγιο %1, %2, έκδοση %3, λήξη %4 (%5)</translation>
    </message>
    <message>
        <source>(delivered %1)</source>
        <translation>(παράδοση %1)</translation>
    </message>
    <message>
        <source>… and %1 more open invoices, %2 in all</source>
        <translation>… και %1 ακόμη ανεξόφλητα τιμολόγια, %2 συνολικά</translation>
    </message>
    <message>
        <source>No open invoices.</source>
        <translation>Δεν υπάρχουν ανεξόφλητα τιμολόγια.</translation>
    </message>
    <message>
        <source>AGREEMENT</source>
        <translation>ΣΥΜΦΩΝΙΑ</translation>
    </message>
    <message>
        <source>%1 · %2 days · %3 % a year</source>
        <translation>%1 · %2 ημέρες · %3 % ετησίως</translation>
    </message>
    <message>
        <source>fee %1 per late invoice</source>
        <translation>επιβάρυνση %1 ανά εκπρόθεσμο τιμολόγιο</translation>
    </message>
    <message>
        <source>Agreement of %1: %2</source>
        <translation>Συμφωνία της %1: %2</translation>
    </message>
    <message>
        <source>PROMISES</source>
        <translation>ΥΠΟΣΧΕΣΕΙΣ</translation>
    </message>
    <message>
        <source>%1 %2 by %3 (%4)</source>
        <translation>%1 %2 έως %3 (%4)</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>καταβλήθηκαν %1</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Υπόσχεση: %1</translation>
    </message>
    <message>
        <source>No promises yet.</source>
        <translation>Δεν υπάρχουν ακόμη υποσχέσεις.</translation>
    </message>
    <message>
        <source>LAST CONTACTS</source>
        <translation>ΤΕΛΕΥΤΑΙΕΣ ΕΠΑΦΕΣ</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Δεν υπάρχουν ακόμη επαφές.</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>ΙΣΤΟΡΙΚΟ</translation>
    </message>
    <message>
        <source>usually pays on time</source>
        <translation>συνήθως πληρώνει εγκαίρως</translation>
    </message>
    <message>
        <source>sometimes pays late</source>
        <translation>πληρώνει μερικές φορές καθυστερημένα</translation>
    </message>
    <message>
        <source>habitually pays late</source>
        <translation>πληρώνει συστηματικά καθυστερημένα</translation>
    </message>
    <message>
        <source>no payment history yet</source>
        <translation>δεν υπάρχει ακόμη ιστορικό πληρωμών</translation>
    </message>
    <message>
        <source>paid invoices settled %1 days after due</source>
        <translation>τα εξοφλημένα τιμολόγια πληρώθηκαν %1 ημέρες μετά τη λήξη</translation>
    </message>
    <message>
        <source>%1 × %2 days × %3 / 365 = %4</source>
        <translation>%1 × %2 ημέρες × %3 / 365 = %4</translation>
    </message>
    <message>
        <source>(rate assumed: not in the table)</source>
        <translation>(εκτιμώμενο επιτόκιο: λείπει από τον πίνακα)</translation>
    </message>
    <message>
        <source>STATUTORY LATE-PAYMENT INTEREST</source>
        <translation>ΤΟΚΟΙ ΥΠΕΡΗΜΕΡΙΑΣ</translation>
    </message>
    <message>
        <source>The rate table cannot be read.</source>
        <translation>Ο πίνακας επιτοκίων δεν μπορεί να διαβαστεί.</translation>
    </message>
    <message>
        <source>No invoice is late.</source>
        <translation>Κανένα τιμολόγιο δεν είναι εκπρόθεσμο.</translation>
    </message>
    <message>
        <source>interest %1 · compensation %2 (late invoices: %3)</source>
        <translation>τόκοι %1 · αποζημίωση %2 (εκπρόθεσμα τιμολόγια: %3)</translation>
    </message>
    <message>
        <source>Statutory late-payment interest %1 and compensation %2 (late invoices: %3), as of %4</source>
        <translation>Νόμιμοι τόκοι υπερημερίας %1 και αποζημίωση %2 (εκπρόθεσμα τιμολόγια: %3), στις %4</translation>
    </message>
    <message>
        <source>Compensation %1 (late invoices: %2), as of %3</source>
        <translation>Αποζημίωση %1 (εκπρόθεσμα τιμολόγια: %2), στις %3</translation>
    </message>
    <message>
        <source>%1: interest %2 + compensation %3</source>
        <translation>%1: τόκοι %2 + αποζημίωση %3</translation>
    </message>
    <message>
        <source>The agreed rate governs: the statutory interest is not claimed.</source>
        <translation>Ισχύει το συμφωνημένο επιτόκιο: οι νόμιμοι τόκοι υπερημερίας δεν διεκδικούνται.</translation>
    </message>
    <message>
        <source>No reference rate for the half-year from %1: the latest earlier one is used.</source>
        <translation>Δεν υπάρχει επιτόκιο αναφοράς για το εξάμηνο από %1: χρησιμοποιείται το πιο πρόσφατο προηγούμενο.</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>τηρήθηκε</translation>
    </message>
    <message>
        <source>part-kept</source>
        <translation>τηρήθηκε εν μέρει</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>αθετήθηκε</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>εκκρεμεί</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Διακανονισμός</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Πρόγραμμα δόσεων</translation>
    </message>
    <message>
        <source>%1 %2 of %3, agreed %4 (%5)</source>
        <translation>%1 %2 ύψους %3, συμφωνήθηκε στις %4 (%5)</translation>
    </message>
    <message>
        <source>Plan: %1: %2</source>
        <translation>Πρόγραμμα δόσεων: %1: %2</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>εξελίσσεται κανονικά</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>σε καθυστέρηση</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>εξοφλήθηκε</translation>
    </message>
    <message>
        <source>part-paid</source>
        <translation>εξοφλήθηκε εν μέρει</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>δεν καταβλήθηκε</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>λήγει σήμερα</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>προσεχής</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Attach files…</source>
        <translation>Επισύναψη αρχείων…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Επισύναψη αρχείων</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Reason:</source>
        <translation>Λόγος:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Αποθήκευση…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Something went wrong inside callnotes; nothing was saved. %1</source>
        <translation>Παρουσιάστηκε σφάλμα στο callnotes· δεν αποθηκεύτηκε τίποτα. %1</translation>
    </message>
    <message>
        <source>Close without saving what you typed?</source>
        <translation>Κλείσιμο χωρίς αποθήκευση όσων πληκτρολογήσατε;</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <source>Before you contact them</source>
        <translation>Πριν επικοινωνήσετε</translation>
    </message>
    <message>
        <source>callnotes found reasons to wait:</source>
        <translation>Το callnotes βρήκε λόγους να περιμένετε:</translation>
    </message>
    <message>
        <source>To go ahead anyway, say why (it is kept in the record):</source>
        <translation>Για να συνεχίσετε παρ&apos; όλα αυτά, γράψτε γιατί (φυλάσσεται στο αρχείο):</translation>
    </message>
    <message>
        <source>e.g. they asked me to call at this time</source>
        <translation>π.χ. μου ζήτησαν να καλέσω αυτή την ώρα</translation>
    </message>
    <message>
        <source>Type the reason to go ahead, or press Esc to cancel.</source>
        <translation>Γράψτε την αιτία για να συνεχίσετε ή πατήστε Esc για ακύρωση.</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Συνέχεια</translation>
    </message>
    <message>
        <source>Last conversation earlier today (the interval is %1 days)</source>
        <translation>Τελευταία συνομιλία νωρίτερα σήμερα (το διάστημα είναι %1 ημέρες)</translation>
    </message>
    <message>
        <source>Last conversation yesterday (the interval is %1 days)</source>
        <translation>Τελευταία συνομιλία χθες (το διάστημα είναι %1 ημέρες)</translation>
    </message>
    <message>
        <source>Last conversation %1 days ago, on %2 (the interval is %3 days)</source>
        <translation>Τελευταία συνομιλία πριν από %1 ημέρες, στις %2 (το διάστημα είναι %3 ημέρες)</translation>
    </message>
    <message>
        <source>Already %1 calls or visits in the last %2 days; more than %3 is presumed harassment</source>
        <translation>Ήδη %1 κλήσεις ή επισκέψεις τις τελευταίες %2 ημέρες· περισσότερες από %3 τεκμαίρονται ως παρενόχληση</translation>
    </message>
    <message>
        <source>Their local time is %1 %2 (%3), outside %4 on weekdays</source>
        <translation>Τοπική ώρα οφειλέτη: %1 %2 (%3), εκτός του ωραρίου %4 Δευτέρα–Παρασκευή</translation>
    </message>
    <message>
        <source>Their local time is %1 (%2), outside %3</source>
        <translation>Τοπική ώρα οφειλέτη: %1 (%2), εκτός του ωραρίου %3</translation>
    </message>
    <message>
        <source>A call or visit was already made on %1; the rule allows one in %2 days</source>
        <translation>Έγινε ήδη κλήση ή επίσκεψη στις %1· ο κανόνας επιτρέπει μία ανά %2 ημέρες</translation>
    </message>
    <message>
        <source>A dispute raised on %1 is still open: %2</source>
        <translation>Αμφισβήτηση που διατυπώθηκε στις %1 εκκρεμεί ακόμη: %2</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>Select a line to see its history: what was recorded, and every change.</source>
        <translation>Επιλέξτε μια γραμμή για να δείτε το ιστορικό της: τι καταχωρίστηκε και κάθε αλλαγή.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Διόρθωση…</translation>
    </message>
    <message>
        <source>Correct the selected entry; the original stays (Ctrl+Shift+A)</source>
        <translation>Διόρθωση της επιλεγμένης καταχώρισης· το αρχικό παραμένει (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Read…</source>
        <translation>&amp;Ανάγνωση…</translation>
    </message>
    <message>
        <source>Read the whole of the selected entry (Enter)</source>
        <translation>Ανάγνωση ολόκληρης της επιλεγμένης καταχώρισης (Enter)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Α/Α</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Συνέβη</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Καταχώριση</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Καταχώριση</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Χρήστης</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import invoices</source>
        <translation>Εισαγωγή τιμολογίων</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Επιλογή αρχείου…</translation>
    </message>
    <message>
        <source>UTF-8 (usual)</source>
        <translation>UTF-8 (το συνηθισμένο)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Δυτική Ευρώπη)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (ελληνικά)</translation>
    </message>
    <message>
        <source>ISO-8859-7 (Greek)</source>
        <translation>ISO-8859-7 (ελληνικά)</translation>
    </message>
    <message>
        <source>Other: map the columns</source>
        <translation>Άλλο: αντιστοίχιση στηλών</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Αρχείο:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Κωδικοποίηση:</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>Εξαγωγή από:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Πίσω</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Επόμενο &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Εισαγωγή</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Choose the exported file</source>
        <translation>Επιλέξτε το αρχείο εξαγωγής</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Αρχεία CSV (*.csv *.txt);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Recognised as an export of %1.</source>
        <translation>Αναγνωρίστηκε ως εξαγωγή από %1.</translation>
    </message>
    <message>
        <source>Not an export callnotes knows: map its columns in the next step.</source>
        <translation>Το callnotes δεν αναγνωρίζει αυτή την εξαγωγή: αντιστοιχίστε τις στήλες της στο επόμενο βήμα.</translation>
    </message>
    <message>
        <source>%1 rows; the first ones are shown as read.</source>
        <translation>%1 γραμμές· οι πρώτες εμφανίζονται όπως διαβάστηκαν.</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Επιλέξτε στήλη για: %1.</translation>
    </message>
    <message>
        <source>Nothing can be imported until these rows are corrected in the file.</source>
        <translation>Δεν μπορεί να εισαχθεί τίποτα μέχρι να διορθωθούν αυτές οι γραμμές στο αρχείο.</translation>
    </message>
    <message>
        <source>Nothing new: everything in this file is already in your books.</source>
        <translation>Τίποτα νέο: όλα όσα έχει το αρχείο υπάρχουν ήδη στα βιβλία σας.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds all of this at once.</source>
        <translation>Δεν έχει αποθηκευτεί τίποτα ακόμη. Η εισαγωγή τα προσθέτει όλα μαζί.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Νέο τιμολόγιο</translation>
    </message>
    <message>
        <source>Correct invoice %1</source>
        <translation>Διόρθωση τιμολογίου %1</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Αριθμός:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Ημερομηνία έκδοσης:</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Λήξη:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Ποσό (%1):</translation>
    </message>
    <message>
        <source>Goods or services delivered:</source>
        <translation>Αγαθά ή υπηρεσίες που παραδόθηκαν:</translation>
    </message>
    <message>
        <source>Delivered on:</source>
        <translation>Παράδοση στις:</translation>
    </message>
    <message>
        <source>Invoice, delivery note:</source>
        <translation>Τιμολόγιο, δελτίο αποστολής:</translation>
    </message>
    <message>
        <source>The invoice as recorded stays in the record; the correction is added with its reason.</source>
        <translation>Το τιμολόγιο όπως καταχωρίστηκε παραμένει στο αρχείο· η διόρθωση προστίθεται μαζί με τον λόγο της.</translation>
    </message>
    <message>
        <source>Required, e.g. the amount was typed wrong</source>
        <translation>Υποχρεωτικό, π.χ. πληκτρολογήθηκε λάθος ποσό</translation>
    </message>
    <message>
        <source>%1 days after the issue date</source>
        <translation>%1 ημέρες μετά την έκδοση</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>call</source>
        <translation>κλήση</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>επιστολή</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>επίσκεψη</translation>
    </message>
    <message>
        <source>message</source>
        <translation>μήνυμα</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>επιτεύχθηκε επαφή</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>δεν απάντησε</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>τηλεφωνητής</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>λάθος αριθμός</translation>
    </message>
    <message>
        <source>refused to pay</source>
        <translation>αρνείται να πληρώσει</translation>
    </message>
    <message>
        <source>disputes the debt</source>
        <translation>αμφισβητεί την οφειλή</translation>
    </message>
    <message>
        <source>promise to pay</source>
        <translation>υπόσχεση πληρωμής</translation>
    </message>
    <message>
        <source>plan agreed</source>
        <translation>συμφωνήθηκε πρόγραμμα δόσεων</translation>
    </message>
    <message>
        <source>call back later</source>
        <translation>νέα κλήση αργότερα</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>στάλθηκε</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>παραδόθηκε</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>επιστράφηκε στον αποστολέα</translation>
    </message>
    <message>
        <source>refused by the addressee</source>
        <translation>ο παραλήπτης αρνήθηκε την παραλαβή</translation>
    </message>
    <message>
        <source>received from the debtor</source>
        <translation>ελήφθη από τον οφειλέτη</translation>
    </message>
    <message>
        <source>met the debtor</source>
        <translation>συνάντηση με τον οφειλέτη</translation>
    </message>
    <message>
        <source>nobody there</source>
        <translation>δεν βρέθηκε κανείς</translation>
    </message>
    <message>
        <source>they replied</source>
        <translation>υπήρξε απάντηση</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>δεν παραδόθηκε</translation>
    </message>
    <message>
        <source>note</source>
        <translation>σημείωση</translation>
    </message>
    <message>
        <source>question asked</source>
        <translation>ερώτηση</translation>
    </message>
    <message>
        <source>debtor said</source>
        <translation>δήλωση οφειλέτη</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>συμφωνία</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>τρίτο πρόσωπο</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>επαφή</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>πληρωμή</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>τιμολόγιο</translation>
    </message>
    <message>
        <source>agreed terms</source>
        <translation>συμφωνημένοι όροι</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>συνημμένο</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>διόρθωση</translation>
    </message>
    <message>
        <source>dispute resolved</source>
        <translation>επίλυση αμφισβήτησης</translation>
    </message>
    <message>
        <source>letter delivery</source>
        <translation>παράδοση επιστολής</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>απάντηση</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>πρόταση</translation>
    </message>
    <message>
        <source>went ahead despite a warning</source>
        <translation>συνέχιση παρά την προειδοποίηση</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ανεξόφλητο</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>αμφισβητούμενο</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>εξοφλημένο</translation>
    </message>
    <message>
        <source>written off</source>
        <translation>διαγραμμένο</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>μη ληξιπρόθεσμο</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 ημέρες</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 ημέρες</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 ημέρες</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>πάνω από 90 ημέρες</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>τηρήθηκε</translation>
    </message>
    <message>
        <source>part-kept</source>
        <translation>τηρήθηκε εν μέρει</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>αθετήθηκε</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>εκκρεμεί</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>εξελίσσεται κανονικά</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>σε καθυστέρηση</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>part-paid</source>
        <translation>εξοφλήθηκε εν μέρει</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>δεν καταβλήθηκε</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>λήγει σήμερα</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>προσεχής</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>Αθετημένη υπόσχεση</translation>
    </message>
    <message>
        <source>Instalment missed</source>
        <translation>Ανεξόφλητη δόση</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Λήξη υπόσχεσης</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Επόμενη ενέργεια</translation>
    </message>
    <message>
        <source>No recent conversation</source>
        <translation>Καμία πρόσφατη συνομιλία</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Ώρα για υπενθύμιση</translation>
    </message>
    <message>
        <source>Summary not confirmed</source>
        <translation>Σύνοψη χωρίς επιβεβαίωση</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>&amp;Write a letter…</source>
        <translation>&amp;Σύνταξη επιστολής…</translation>
    </message>
    <message>
        <source>A summary, a reminder, a statement or a demand to the debtor, as e-mail or PDF (Ctrl+L)</source>
        <translation>Σύνοψη, υπενθύμιση, αντίγραφο λογαριασμού ή όχληση προς τον οφειλέτη, ως email ή PDF (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>Επισ&amp;τολές</translation>
    </message>
    <message>
        <source>Send the summary later from the debtor&apos;s Letters menu (Ctrl+L).</source>
        <translation>Μπορείτε να στείλετε τη σύνοψη αργότερα από το μενού Επιστολές του οφειλέτη (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Summary of the call</source>
        <translation>Σύνοψη της κλήσης</translation>
    </message>
    <message>
        <source>Overdue notice</source>
        <translation>Ειδοποίηση ληξιπρόθεσμου τιμολογίου</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Υπενθύμιση</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Αντίγραφο λογαριασμού</translation>
    </message>
    <message>
        <source>Formal demand</source>
        <translation>Εξώδικη όχληση</translation>
    </message>
    <message>
        <source>Summary logged as sent.</source>
        <translation>Η σύνοψη καταχωρίστηκε ως σταλμένη.</translation>
    </message>
    <message>
        <source>Overdue notice logged as sent.</source>
        <translation>Η ειδοποίηση καταχωρίστηκε ως σταλμένη.</translation>
    </message>
    <message>
        <source>Reminder logged as sent.</source>
        <translation>Η υπενθύμιση καταχωρίστηκε ως σταλμένη.</translation>
    </message>
    <message>
        <source>Statement of account logged as sent.</source>
        <translation>Το αντίγραφο λογαριασμού καταχωρίστηκε ως σταλμένο.</translation>
    </message>
    <message>
        <source>Formal demand logged as sent.</source>
        <translation>Η εξώδικη όχληση καταχωρίστηκε ως σταλμένη.</translation>
    </message>
    <message>
        <source>The letter&apos;s language; switching it drafts the letter again</source>
        <translation>Η γλώσσα της επιστολής· αν την αλλάξετε, η επιστολή συντάσσεται ξανά</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Άνοιγμα στο πρόγραμμα &amp;email</translation>
    </message>
    <message>
        <source>Write the e-mail as a draft and open it in your mail program, ready to send</source>
        <translation>Αποθήκευση του email ως πρόχειρου και άνοιγμα στο πρόγραμμα email, έτοιμο για αποστολή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>Copy the subject and the text (Ctrl+Shift+C)</source>
        <translation>Αντιγραφή του θέματος και του κειμένου (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Αποθήκευση &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation>Αποθήκευση της επιστολής ως PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Ε&amp;κτύπωση…</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Εκτύπωση της επιστολής</translation>
    </message>
    <message>
        <source>Mark as &amp;sent…</source>
        <translation>Σήμανση ως &amp;σταλμένης…</translation>
    </message>
    <message>
        <source>Log it in the record as sent, with the file attached (Ctrl+Enter)</source>
        <translation>Καταχώριση στο αρχείο ως σταλμένης, με το αρχείο συνημμένο (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Έγγραφο:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Τιμολόγιο:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Προς:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Θέμα:</translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation>Σύνταξη…</translation>
    </message>
    <message>
        <source>%1 (no e-mail address on file)</source>
        <translation>%1 (δεν υπάρχει καταχωρισμένο email)</translation>
    </message>
    <message>
        <source>Record reference %1: it stays in the letter and the e-mail even if you change the text, so the debtor&apos;s copy can be checked against the record.</source>
        <translation>Αριθμός αναφοράς %1: παραμένει στην επιστολή και στο email ακόμη κι αν αλλάξετε το κείμενο, ώστε το αντίγραφο του οφειλέτη να μπορεί να ελεγχθεί με το αρχείο.</translation>
    </message>
    <message>
        <source>A line such as [[table:invoices]] places a table: a real table in the PDF, aligned text in the e-mail.</source>
        <translation>Μια γραμμή όπως [[table:invoices]] τοποθετεί έναν πίνακα: πραγματικό πίνακα στο PDF, στοιχισμένο κείμενο στο email.</translation>
    </message>
    <message>
        <source>A template of yours has a mistake; the shipped one was used:</source>
        <translation>Ένα δικό σας πρότυπο έχει λάθος· χρησιμοποιήθηκε το πρότυπο του callnotes:</translation>
    </message>
    <message>
        <source>%1 · due %2 · %3 open</source>
        <translation>%1 · λήξη %2 · ανεξόφλητο %3</translation>
    </message>
    <message>
        <source>Something went wrong inside callnotes; nothing was saved. %1</source>
        <translation>Κάτι πήγε στραβά μέσα στο callnotes· δεν αποθηκεύτηκε τίποτα. %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Εγγραφή…</translation>
    </message>
    <message>
        <source>Opened in your mail program: %1</source>
        <translation>Άνοιξε στο πρόγραμμα email: %1</translation>
    </message>
    <message>
        <source>No mail program opened it. The e-mail is saved as %1 (its path was copied): open it from your mail program, or attach it.</source>
        <translation>Κανένα πρόγραμμα email δεν το άνοιξε. Το email αποθηκεύτηκε ως %1 (η διαδρομή αντιγράφηκε): ανοίξτε το από το πρόγραμμα email σας ή επισυνάψτε το.</translation>
    </message>
    <message>
        <source>The subject and the text were copied.</source>
        <translation>Το θέμα και το κείμενο αντιγράφηκαν.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Αποθήκευση της επιστολής ως PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Αποθηκεύτηκε ως %1</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Στάλθηκαν %1 σελίδες στον εκτυπωτή.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Καταχώριση επαφής</translation>
    </message>
    <message>
        <source>we contacted them</source>
        <translation>επικοινωνήσαμε εμείς</translation>
    </message>
    <message>
        <source>they contacted us</source>
        <translation>επικοινώνησαν μαζί μας</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(κανείς συγκεκριμένος)</translation>
    </message>
    <message>
        <source>e-mail, postal address or number used</source>
        <translation>email, ταχυδρομική διεύθυνση ή αριθμός που χρησιμοποιήθηκε</translation>
    </message>
    <message>
        <source>e.g. certified-mail number of a letter</source>
        <translation>π.χ. αριθμός συστημένης επιστολής</translation>
    </message>
    <message>
        <source>What was sent or said</source>
        <translation>Τι στάλθηκε ή ειπώθηκε</translation>
    </message>
    <message>
        <source>The day the letter was delivered, returned or refused</source>
        <translation>Η ημέρα που η επιστολή παραδόθηκε, επιστράφηκε ή δεν έγινε δεκτή</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Είδος:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Κατεύθυνση:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Πότε:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Πρόσωπο:</translation>
    </message>
    <message>
        <source>Address or number:</source>
        <translation>Διεύθυνση ή αριθμός:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Αναφορά:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Σύνοψη:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Αποτέλεσμα:</translation>
    </message>
    <message>
        <source>Delivery day:</source>
        <translation>Ημέρα παράδοσης:</translation>
    </message>
    <message>
        <source>Next action on:</source>
        <translation>Επόμενη ενέργεια στις:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Συνημμένα:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>callnotes</source>
        <translation>callnotes</translation>
    </message>
    <message>
        <source>&amp;Resume the call</source>
        <translation>&amp;Συνέχιση της κλήσης</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Δεδομένα: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>Load &amp;example data</source>
        <translation>Φόρτωση δεδομένων &amp;παραδείγματος</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Ανανέωση</translation>
    </message>
    <message>
        <source>&amp;Import invoices…</source>
        <translation>Ε&amp;ισαγωγή τιμολογίων…</translation>
    </message>
    <message>
        <source>E&amp;xport packet…</source>
        <translation>Ε&amp;ξαγωγή φακέλου τεκμηρίωσης…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έξο&amp;δος</translation>
    </message>
    <message>
        <source>&amp;Debtor</source>
        <translation>Ο&amp;φειλέτης</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Κλήση</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>Έναρ&amp;ξη κλήσης</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Καταχώριση επαφής…</translation>
    </message>
    <message>
        <source>&amp;Wait cue after the debtor speaks</source>
        <translation>Υπενθύμιση &amp;παύσης αφού μιλήσει ο οφειλέτης</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Ανενεργή</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 δευτερόλεπτα</translation>
    </message>
    <message>
        <source>&amp;Find debtor</source>
        <translation>&amp;Αναζήτηση οφειλέτη</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>Α&amp;ναζήτηση παντού…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Αρχεία &amp;οφειλετών</translation>
    </message>
    <message>
        <source>&amp;Verify all records</source>
        <translation>&amp;Επαλήθευση όλων των αρχείων</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Agenda: who to contact today</source>
        <translation>&amp;Ατζέντα: με ποιους να επικοινωνήσετε σήμερα</translation>
    </message>
    <message>
        <source>All &amp;debtors</source>
        <translation>Όλοι οι &amp;οφειλέτες</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;About callnotes</source>
        <translation>&amp;Σχετικά με το callnotes</translation>
    </message>
    <message>
        <source>callnotes: unexpected error</source>
        <translation>callnotes: μη αναμενόμενο σφάλμα</translation>
    </message>
    <message>
        <source>Something went wrong inside callnotes. Nothing saved was changed.

%1</source>
        <translation>Παρουσιάστηκε σφάλμα στο callnotes. Τίποτα από όσα έχουν αποθηκευτεί δεν άλλαξε.

%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Φόρτωση…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… και άλλα %1</translation>
    </message>
    <message>
        <source>%1 of %2 records failed the check</source>
        <translation>%1 από %2 αρχεία απέτυχαν στον έλεγχο</translation>
    </message>
    <message>
        <source>The check found %1 problems.</source>
        <translation>Ο έλεγχος βρήκε %1 προβλήματα.</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>Έλεγχος αρχείων</translation>
    </message>
    <message>
        <source>All %1 records are intact.</source>
        <translation>Και τα %1 αρχεία είναι ακέραια.</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Έλεγχος όλων των αρχείων…</translation>
    </message>
    <message>
        <source>Loading example data…</source>
        <translation>Φόρτωση δεδομένων παραδείγματος…</translation>
    </message>
    <message>
        <source>End the call to see %1 in the list.</source>
        <translation>Τερματίστε την κλήση για να δείτε τον/την %1 στη λίστα.</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Έναρξη κλήσης</translation>
    </message>
    <message>
        <source>Who do you call?</source>
        <translation>Ποιον καλείτε;</translation>
    </message>
    <message>
        <source>Number to call:</source>
        <translation>Αριθμός κλήσης:</translation>
    </message>
    <message>
        <source>Call saved to the record.</source>
        <translation>Η κλήση αποθηκεύτηκε στο αρχείο.</translation>
    </message>
    <message>
        <source>A call with %1 started at %2 was not ended (%3 lines saved).</source>
        <translation>Μια κλήση με %1 που ξεκίνησε στις %2 δεν ολοκληρώθηκε (%3 γραμμές αποθηκευμένες).</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Η επαφή καταχωρίστηκε.</translation>
    </message>
    <message>
        <source>Imported %1: %2 debtors, %3 invoices, %4 payments.</source>
        <translation>Εισαγωγή %1: οφειλέτες %2, τιμολόγια %3, πληρωμές %4.</translation>
    </message>
    <message>
        <source>Select a debtor to export a packet.</source>
        <translation>Επιλέξτε οφειλέτη για εξαγωγή φακέλου τεκμηρίωσης.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Debtor&apos;s name</source>
        <translation>Όνομα οφειλέτη</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Αριθμός τιμολογίου</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ημερομηνία έκδοσης</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Ημερομηνία λήξης</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>ΑΦΜ</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Διεύθυνση</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Περιγραφή</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ποσότητα</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Τιμή μονάδας</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Έκπτωση %</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Ποσό γραμμής</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Συντελεστής φόρου %</translation>
    </message>
    <message>
        <source>Tax amount</source>
        <translation>Ποσό φόρου</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Σύνολο τιμολογίου</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Νόμισμα</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Ποσό που εισπράχθηκε</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Ημερομηνία είσπραξης</translation>
    </message>
    <message>
        <source>Say which column holds what. Fields marked * are needed; the others may stay empty. callnotes remembers this for files with the same columns.</source>
        <translation>Δείξτε ποια στήλη έχει τι. Τα πεδία με * χρειάζονται· τα άλλα μπορούν να μείνουν κενά. Το callnotes το θυμάται για αρχεία με τις ίδιες στήλες.</translation>
    </message>
    <message>
        <source>Dates written as:</source>
        <translation>Ημερομηνίες γραμμένες ως:</translation>
    </message>
    <message>
        <source>Numbers written as:</source>
        <translation>Αριθμοί γραμμένοι ως:</translation>
    </message>
    <message>
        <source>Debtors&apos; country when the file does not say:</source>
        <translation>Χώρα των οφειλετών όταν δεν τη γράφει το αρχείο:</translation>
    </message>
</context>
<context>
    <name>NotePane</name>
    <message>
        <source>Type a line and press Enter · F1 shows every key</source>
        <translation>Πληκτρολογήστε μια γραμμή και πατήστε Enter · F1 για όλες τις συντομεύσεις</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Σημείωση</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Ερώτηση</translation>
    </message>
    <message>
        <source>&amp;Debtor said</source>
        <translation>&amp;Δήλωση οφειλέτη</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>Συμ&amp;φωνία</translation>
    </message>
    <message>
        <source>Commit the line as %1 (Ctrl+%2)</source>
        <translation>Καταχώριση της γραμμής ως %1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>Χρόνος κλήσης</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Not saved yet: callnotes will try again</source>
        <translation>Δεν αποθηκεύτηκε ακόμη: το callnotes θα ξαναπροσπαθήσει</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
</context>
<context>
    <name>OfferCalculator</name>
    <message>
        <source>Instalments</source>
        <translation>Δόσεις</translation>
    </message>
    <message>
        <source>Discount for prompt payment</source>
        <translation>Έκπτωση για άμεση πληρωμή</translation>
    </message>
    <message>
        <source>Settlement for less</source>
        <translation>Διακανονισμός με μειωμένο ποσό</translation>
    </message>
    <message>
        <source>%1 (%2 disputed, left out)</source>
        <translation>%1 (%2 αμφισβητούνται, δεν περιλαμβάνονται)</translation>
    </message>
    <message>
        <source>monthly, on the same day</source>
        <translation>μηνιαίως, την ίδια ημέρα</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>ανά δύο εβδομάδες</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>εβδομαδιαίως</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>ποσό</translation>
    </message>
    <message>
        <source>a percentage of the balance</source>
        <translation>ποσοστό του υπολοίπου</translation>
    </message>
    <message>
        <source>the whole balance falls due again</source>
        <translation>όλο το υπόλοιπο γίνεται ξανά απαιτητό</translation>
    </message>
    <message>
        <source>the whole balance falls due, and the claim may go to a lawyer or agency</source>
        <translation>όλο το υπόλοιπο γίνεται απαιτητό και η απαίτηση μπορεί να ανατεθεί σε δικηγόρο ή εταιρεία</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Πρόταση:</translation>
    </message>
    <message>
        <source>Balance owed:</source>
        <translation>Οφειλόμενο υπόλοιπο:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Σύνολο:</translation>
    </message>
    <message>
        <source>Instalments:</source>
        <translation>Δόσεις:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Συχνότητα:</translation>
    </message>
    <message>
        <source>First on:</source>
        <translation>Πρώτη δόση στις:</translation>
    </message>
    <message>
        <source>Discount (%):</source>
        <translation>Έκπτωση (%):</translation>
    </message>
    <message>
        <source>Settle for:</source>
        <translation>Διακανονισμός με:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Ποσό:</translation>
    </message>
    <message>
        <source>Share of the balance (%):</source>
        <translation>Ποσοστό του υπολοίπου (%):</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Πληρωμή έως:</translation>
    </message>
    <message>
        <source>If a payment is missed:</source>
        <translation>Αν δεν γίνει μια πληρωμή:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>The agreement, in the debtor&apos;s language (%1):</source>
        <translation>Η συμφωνία, στη γλώσσα του οφειλέτη (%1):</translation>
    </message>
    <message>
        <source>A payment cannot fall due before today.</source>
        <translation>Η πληρωμή δεν μπορεί να λήγει πριν από σήμερα.</translation>
    </message>
    <message>
        <source>Too many instalments: at most %1, and each of at least the smallest coin.</source>
        <translation>Πάρα πολλές δόσεις: το πολύ %1, και η καθεμία τουλάχιστον όσο το μικρότερο κέρμα.</translation>
    </message>
    <message>
        <source>Type a percentage above 0 and below 100.</source>
        <translation>Πληκτρολογήστε ποσοστό μεγαλύτερο από 0 και μικρότερο από 100.</translation>
    </message>
    <message>
        <source>A discount or a settlement is for less than the balance owed.</source>
        <translation>Η έκπτωση ή ο διακανονισμός πρέπει να είναι για λιγότερο από το οφειλόμενο υπόλοιπο.</translation>
    </message>
    <message>
        <source>Type a day in the years %1 to %2.</source>
        <translation>Πληκτρολογήστε μια ημέρα μεταξύ των ετών %1 και %2.</translation>
    </message>
    <message>
        <source>Total to be paid: %1</source>
        <translation>Σύνολο προς πληρωμή: %1</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offers: %1</source>
        <translation>Προτάσεις: %1</translation>
    </message>
    <message>
        <source>&amp;Note it in the call</source>
        <translation>&amp;Σημείωση στην κλήση</translation>
    </message>
    <message>
        <source>&amp;Save as the debtor&apos;s plan</source>
        <translation>&amp;Αποθήκευση ως πρόγραμμα δόσεων του οφειλέτη</translation>
    </message>
    <message>
        <source>we offer</source>
        <translation>προτείνουμε εμείς</translation>
    </message>
    <message>
        <source>the debtor offers (counter-offer)</source>
        <translation>προτείνει ο οφειλέτης (αντιπρόταση)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>χωρίς απάντηση ακόμη</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>έγινε δεκτή</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>απορρίφθηκε</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Ποιος:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Απάντηση:</translation>
    </message>
    <message>
        <source>Add the offer to the call&apos;s notes; an accepted offer becomes the call&apos;s plan</source>
        <translation>Προσθήκη της πρότασης στις σημειώσεις της κλήσης· μια πρόταση που έγινε δεκτή γίνεται το πρόγραμμα δόσεων της κλήσης</translation>
    </message>
    <message>
        <source>✓ Noted in the call.</source>
        <translation>✓ Σημειώθηκε στην κλήση.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Record a payment</source>
        <translation>Καταχώριση πληρωμής</translation>
    </message>
    <message>
        <source>Correct a payment</source>
        <translation>Διόρθωση πληρωμής</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>τραπεζικό έμβασμα</translation>
    </message>
    <message>
        <source>card</source>
        <translation>κάρτα</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>μετρητά</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>επιταγή</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>πάγια εντολή</translation>
    </message>
    <message>
        <source>To the oldest open invoices</source>
        <translation>Στα παλαιότερα ανεξόφλητα τιμολόγια</translation>
    </message>
    <message>
        <source>To the invoices I tick</source>
        <translation>Στα τιμολόγια που επιλέγω</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ανεξόφλητο</translation>
    </message>
    <message>
        <source>Amount to apply</source>
        <translation>Ποσό αντιστοίχισης</translation>
    </message>
    <message>
        <source>all that is open</source>
        <translation>όλο το υπόλοιπο</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Είσπραξη στις:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Ποσό (%1):</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Τρόπος πληρωμής:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Αναφορά:</translation>
    </message>
    <message>
        <source>Apply it:</source>
        <translation>Αντιστοίχιση:</translation>
    </message>
    <message>
        <source>The payment as recorded stays in the record, marked as no longer counting; the right one is recorded with the reason.</source>
        <translation>Η πληρωμή όπως καταχωρίστηκε παραμένει στο αρχείο, σημειωμένη ότι δεν ισχύει πλέον· η σωστή καταχωρίζεται μαζί με τον λόγο.</translation>
    </message>
    <message>
        <source>Required, e.g. the amount was typed wrong</source>
        <translation>Υποχρεωτικό, π.χ. πληκτρολογήθηκε λάθος ποσό</translation>
    </message>
    <message>
        <source>Type the amount to see which invoices it pays.</source>
        <translation>Πληκτρολογήστε το ποσό για να δείτε ποια τιμολόγια καλύπτει.</translation>
    </message>
    <message>
        <source>%1: %2, paid in full</source>
        <translation>%1: %2, εξοφλείται πλήρως</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It pays %1.</source>
        <translation>Καλύπτει: %1.</translation>
    </message>
    <message>
        <source>It pays no invoice.</source>
        <translation>Δεν καλύπτει κανένα τιμολόγιο.</translation>
    </message>
    <message>
        <source>%1 stays as credit on the account.</source>
        <translation>%1 μένει ως πιστωτικό υπόλοιπο.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no: reversed</source>
        <translation>όχι: ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>PercentField</name>
    <message>
        <source>Type a rate like %1.</source>
        <translation>Πληκτρολογήστε επιτόκιο όπως %1.</translation>
    </message>
    <message>
        <source>Type a rate of at most two decimals, like %1.</source>
        <translation>Πληκτρολογήστε επιτόκιο με έως δύο δεκαδικά, π.χ. %1.</translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message>
        <source>E&amp;xport this debtor&apos;s data…</source>
        <translation>Ε&amp;ξαγωγή των δεδομένων αυτού του οφειλέτη…</translation>
    </message>
    <message>
        <source>Everything held on the debtor, documents included, in one ZIP file: for a data access request</source>
        <translation>Ό,τι τηρείται για τον οφειλέτη, μαζί με τα έγγραφα, σε ένα αρχείο ZIP: για αίτημα πρόσβασης στα δεδομένα</translation>
    </message>
    <message>
        <source>Delete this debtor&apos;s &amp;data…</source>
        <translation>Διαγραφή των &amp;δεδομένων αυτού του οφειλέτη…</translation>
    </message>
    <message>
        <source>Delete everything held on the debtor, on their request</source>
        <translation>Διαγραφή όλων όσων τηρούνται για τον οφειλέτη, κατόπιν αιτήματός του</translation>
    </message>
    <message>
        <source>Export the data of %1</source>
        <translation>Εξαγωγή των δεδομένων του/της %1</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Αρχείο ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the data of %1…</source>
        <translation>Εξαγωγή των δεδομένων του/της %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Saved everything held on %1 in %2: the record, %3 documents and the details, as JSON.

It holds personal data: keep it safe, and send it only to the person it is about.</source>
        <translation>Αποθηκεύτηκαν όσα τηρούνται για %1 στο %2: το αρχείο καταγραφών, %3 έγγραφα και τα στοιχεία, σε JSON.

Περιέχει προσωπικά δεδομένα: φυλάξτε το με ασφάλεια και στείλτε το μόνο στο πρόσωπο στο οποίο αφορά.</translation>
    </message>
    <message>
        <source>The stored copy of these documents is missing, so they are listed without the file: %1</source>
        <translation>Λείπει το αποθηκευμένο αντίγραφο αυτών των εγγράφων, οπότε αναφέρονται χωρίς το αρχείο: %1</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Τα δεδομένα εξήχθησαν</translation>
    </message>
    <message>
        <source>Deleted the data of %1. A note of the deletion stays, without the name.</source>
        <translation>Διαγράφηκαν τα δεδομένα του/της %1. Μένει μια σημείωση της διαγραφής, χωρίς το όνομα.</translation>
    </message>
    <message>
        <source>Some documents could not be removed from the data folder: %1</source>
        <translation>Ορισμένα έγγραφα δεν ήταν δυνατό να αφαιρεθούν από τον φάκελο δεδομένων: %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person to speak to</source>
        <translation>Νέο πρόσωπο επικοινωνίας</translation>
    </message>
    <message>
        <source>Person&apos;s details</source>
        <translation>Στοιχεία προσώπου</translation>
    </message>
    <message>
        <source>e.g. approves payments</source>
        <translation>π.χ. εγκρίνει τις πληρωμές</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Όνομα:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ρόλος:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Τηλέφωνο:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Κινητό:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Email:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>debtor</source>
        <translation>οφειλέτης</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>τιμολόγιο</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>πληρωμή</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>ποσό</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>ημερομηνία έκδοσης</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>λήξη</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>εισπράχθηκαν</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Στήλη</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Αναμενόταν</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Οφειλέτης</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Ποσό</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ημερομηνία</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Τιμολόγιο</translation>
    </message>
    <message>
        <source>In your books</source>
        <translation>Στα βιβλία σας</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Στο αρχείο</translation>
    </message>
    <message>
        <source>Imported: %1 debtors, %2 invoices, %3 payments.</source>
        <translation>Εισήχθησαν: οφειλέτες %1, τιμολόγια %2, πληρωμές %3.</translation>
    </message>
    <message>
        <source>To add: %1 debtors, %2 invoices, %3 payments. Already in your books: %4.</source>
        <translation>Προς προσθήκη: οφειλέτες %1, τιμολόγια %2, πληρωμές %3. Ήδη στα βιβλία σας: %4.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Προβλήματα (%1)</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Εισήχθησαν (%1)</translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>Προς προσθήκη (%1)</translation>
    </message>
    <message>
        <source>Already in your books (%1)</source>
        <translation>Ήδη στα βιβλία σας (%1)</translation>
    </message>
    <message>
        <source>Different in your books (%1)</source>
        <translation>Διαφορετικά στα βιβλία σας (%1)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Fill this in.</source>
        <translation>Συμπληρώστε αυτό το πεδίο.</translation>
    </message>
    <message>
        <source>“%1” is not a valid tax ID in %2: %3.</source>
        <translation>Το “%1” δεν είναι έγκυρος ΑΦΜ (χώρα: %2): %3.</translation>
    </message>
    <message>
        <source>“%1” is not a number that can be dialled. Type it like %2.</source>
        <translation>Το “%1” δεν είναι αριθμός που μπορεί να κληθεί. Πληκτρολογήστε τον όπως %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Type it like ana@example.com.</source>
        <translation>Το “%1” δεν είναι διεύθυνση email. Πληκτρολογήστε τη όπως ana@example.com.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Επιλέξτε χώρα από τη λίστα.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or USD.</source>
        <translation>Το “%1” δεν είναι κωδικός νομίσματος όπως EUR ή USD.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one such as Europe/Athens.</source>
        <translation>Το “%1” δεν είναι ζώνη ώρας· επιλέξτε μία όπως Europe/Athens.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Επιλέξτε γλώσσα από τη λίστα.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Επιλέξτε μία από τις επιλογές.</translation>
    </message>
    <message>
        <source>This debtor already has invoices in %1, so the currency cannot change.</source>
        <translation>Ο οφειλέτης έχει ήδη τιμολόγια σε %1, οπότε το νόμισμα δεν μπορεί να αλλάξει.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Το ποσό πρέπει να είναι μεγαλύτερο από μηδέν.</translation>
    </message>
    <message>
        <source>This is more than callnotes keeps; check the amount.</source>
        <translation>Το ποσό ξεπερνά όσα δέχεται το callnotes· ελέγξτε το.</translation>
    </message>
    <message>
        <source>This day has not come yet; type a day up to today.</source>
        <translation>Αυτή η ημέρα δεν έχει έρθει ακόμη· πληκτρολογήστε ημερομηνία έως σήμερα.</translation>
    </message>
    <message>
        <source>This moment has not come yet; give the moment it happened.</source>
        <translation>Αυτή η στιγμή δεν έχει έρθει ακόμη· δώστε πότε έγινε.</translation>
    </message>
    <message>
        <source>The promise was made on %1; it cannot fall due before that day.</source>
        <translation>Η υπόσχεση δόθηκε στις %1· δεν μπορεί να λήγει πριν από εκείνη την ημέρα.</translation>
    </message>
    <message>
        <source>Type a day in the years %1 to %2.</source>
        <translation>Πληκτρολογήστε μια ημέρα μεταξύ των ετών %1 και %2.</translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters are kept (it has %2).</source>
        <translation>Είναι πολύ μεγάλο: επιτρέπονται έως %1 χαρακτήρες (έχει %2).</translation>
    </message>
    <message>
        <source>At most %1 days.</source>
        <translation>Το πολύ %1 ημέρες.</translation>
    </message>
    <message>
        <source>“%1” cannot be read; choose an existing file.</source>
        <translation>Το «%1» δεν διαβάζεται· επιλέξτε ένα υπάρχον αρχείο.</translation>
    </message>
    <message>
        <source>“%1” is %2; callnotes keeps files of up to %3. Attach a smaller copy, such as a scan at a lower resolution.</source>
        <translation>Το «%1» είναι %2· το callnotes κρατά αρχεία έως %3. Επισυνάψτε μικρότερο αντίγραφο, π.χ. σάρωση σε χαμηλότερη ανάλυση.</translation>
    </message>
    <message>
        <source>The stored copy of “%1” is missing from the data folder; restore the folder from a backup.</source>
        <translation>Το αποθηκευμένο αντίγραφο του «%1» λείπει από τον φάκελο δεδομένων· επαναφέρετε τον φάκελο από αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>The stored copy of “%1” no longer matches the file that was added, so it is not opened; restore the data folder from a backup.</source>
        <translation>Το αποθηκευμένο αντίγραφο του «%1» δεν ταιριάζει πια με το αρχείο που προστέθηκε, γι&apos; αυτό δεν ανοίγει· επαναφέρετε τον φάκελο δεδομένων από αντίγραφο ασφαλείας.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Η τιμή δεν μπορεί να είναι αρνητική.</translation>
    </message>
    <message>
        <source>The due date is before the issue date.</source>
        <translation>Η ημερομηνία λήξης είναι πριν από την ημερομηνία έκδοσης.</translation>
    </message>
    <message>
        <source>This debtor already has an invoice %1.</source>
        <translation>Ο οφειλέτης έχει ήδη τιμολόγιο με αριθμό %1.</translation>
    </message>
    <message>
        <source>%1 has already been paid or credited on this invoice; the amount cannot be less.</source>
        <translation>Έχουν ήδη πληρωθεί ή πιστωθεί %1 σε αυτό το τιμολόγιο· το ποσό δεν μπορεί να είναι μικρότερο.</translation>
    </message>
    <message>
        <source>Only %1 is open on this invoice.</source>
        <translation>Το ανεξόφλητο υπόλοιπο του τιμολογίου είναι μόνο %1.</translation>
    </message>
    <message>
        <source>The debtor owes %1; a promise cannot be for more.</source>
        <translation>Ο οφειλέτης οφείλει %1· η υπόσχεση δεν μπορεί να είναι για περισσότερα.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>This person was removed; add them again instead.</source>
        <translation>Αυτό το πρόσωπο αφαιρέθηκε· προσθέστε το ξανά.</translation>
    </message>
    <message>
        <source>This payment was already reversed.</source>
        <translation>Η πληρωμή έχει ήδη ακυρωθεί.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open to pay.</source>
        <translation>Το τιμολόγιο %1 δεν έχει ανεξόφλητο υπόλοιπο.</translation>
    </message>
    <message>
        <source>Only %2 is open on invoice %1.</source>
        <translation>Το ανεξόφλητο υπόλοιπο του τιμολογίου %1 είναι μόνο %2.</translation>
    </message>
    <message>
        <source>The payment has only %2 left for invoice %1.</source>
        <translation>Από την πληρωμή απομένουν μόνο %2 για το τιμολόγιο %1.</translation>
    </message>
    <message>
        <source>The share of invoice %1 must be more than zero.</source>
        <translation>Το ποσό για το τιμολόγιο %1 πρέπει να είναι μεγαλύτερο από μηδέν.</translation>
    </message>
    <message>
        <source>Statutory late-payment interest applies only to debts in euros; this debtor&apos;s are in %1.</source>
        <translation>Οι τόκοι υπερημερίας ισχύουν μόνο για οφειλές σε ευρώ· οι οφειλές αυτού του οφειλέτη είναι σε %1.</translation>
    </message>
    <message>
        <source>Statutory late-payment interest applies only to debts between businesses.</source>
        <translation>Οι τόκοι υπερημερίας ισχύουν μόνο για οφειλές μεταξύ επιχειρήσεων.</translation>
    </message>
    <message>
        <source>The reference-rate table %1 cannot be read (line %2): fix it, or delete it to use the table callnotes ships.</source>
        <translation>Ο πίνακας επιτοκίων αναφοράς %1 δεν μπορεί να διαβαστεί (γραμμή %2): διορθώστε τον ή διαγράψτε τον για να χρησιμοποιηθεί ο πίνακας που συνοδεύει το callnotes.</translation>
    </message>
    <message>
        <source>This debtor has no invoice %1.</source>
        <translation>Ο οφειλέτης δεν έχει τιμολόγιο %1.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open on it to dispute.</source>
        <translation>Το τιμολόγιο %1 δεν έχει ανεξόφλητο υπόλοιπο για αμφισβήτηση.</translation>
    </message>
    <message>
        <source>Only %1 is owed on what is disputed; the disputed amount cannot be more.</source>
        <translation>Για ό,τι αμφισβητείται οφείλονται μόνο %1· το αμφισβητούμενο ποσό δεν μπορεί να είναι μεγαλύτερο.</translation>
    </message>
    <message>
        <source>This is not one of the debtor&apos;s disputes.</source>
        <translation>Αυτή δεν είναι αμφισβήτηση αυτού του οφειλέτη.</translation>
    </message>
    <message>
        <source>This dispute was already resolved.</source>
        <translation>Η αμφισβήτηση έχει ήδη επιλυθεί.</translation>
    </message>
    <message>
        <source>Choose a letter in the record.</source>
        <translation>Επιλέξτε μια επιστολή στο αρχείο.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail. Save the reply from your mail program as an .eml file.</source>
        <translation>Το “%1” δεν είναι μήνυμα email. Αποθηκεύστε την απάντηση από το πρόγραμμα αλληλογραφίας σας ως αρχείο .eml.</translation>
    </message>
    <message>
        <source>The reply is dated before the document it answers was sent; choose the right document.</source>
        <translation>Η απάντηση έχει ημερομηνία πριν σταλεί το έγγραφο στο οποίο απαντά· επιλέξτε το σωστό έγγραφο.</translation>
    </message>
    <message>
        <source>The letter was sent on %1; choose that day or a later one.</source>
        <translation>Η επιστολή στάλθηκε στις %1· επιλέξτε αυτή ή μεταγενέστερη ημέρα.</translation>
    </message>
    <message>
        <source>Type the debtor&apos;s name exactly as it is shown above.</source>
        <translation>Πληκτρολογήστε το όνομα του οφειλέτη ακριβώς όπως εμφανίζεται παραπάνω.</translation>
    </message>
    <message>
        <source>A call with this debtor is still open; end it first.</source>
        <translation>Υπάρχει ακόμη ανοιχτή κλήση με αυτόν τον οφειλέτη· τερματίστε την πρώτα.</translation>
    </message>
    <message>
        <source>The file is not UTF-8. If an older spreadsheet saved it, choose its encoding: Windows-1252 for Western Europe, Windows-1253 or ISO-8859-7 for Greek.</source>
        <translation>Το αρχείο δεν είναι σε UTF-8. Αν το αποθήκευσε παλιό υπολογιστικό φύλλο, επιλέξτε την κωδικοποίησή του: Windows-1252 για τη Δυτική Ευρώπη, Windows-1253 ή ISO-8859-7 για τα ελληνικά.</translation>
    </message>
    <message>
        <source>The file is not in this encoding; choose another one.</source>
        <translation>Το αρχείο δεν είναι σε αυτή την κωδικοποίηση· επιλέξτε άλλη.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; export a shorter period.</source>
        <translation>Το αρχείο ξεπερνά τα %1 MB· κάντε εξαγωγή για μικρότερη περίοδο.</translation>
    </message>
    <message>
        <source>This is not a CSV file; export the invoices as CSV.</source>
        <translation>Δεν είναι αρχείο CSV· κάντε εξαγωγή των τιμολογίων σε CSV.</translation>
    </message>
    <message>
        <source>Row %1 cannot be read as CSV.</source>
        <translation>Η γραμμή %1 δεν διαβάζεται ως CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Το αρχείο είναι κενό.</translation>
    </message>
    <message>
        <source>The file has no column for this.</source>
        <translation>Το αρχείο δεν έχει στήλη γι&apos; αυτό.</translation>
    </message>
    <message>
        <source>A date that exists, written %1 with a four-digit year.</source>
        <translation>Ημερομηνία που υπάρχει, γραμμένη %1 με τετραψήφιο έτος.</translation>
    </message>
    <message>
        <source>A number written like %1.</source>
        <translation>Αριθμός γραμμένος όπως %1.</translation>
    </message>
    <message>
        <source>The same value as row %1 of invoice %2.</source>
        <translation>Η ίδια τιμή με τη γραμμή %1 του τιμολογίου %2.</translation>
    </message>
    <message>
        <source>The sum of the invoice&apos;s lines: %1 with tax, %2 without.</source>
        <translation>Το άθροισμα των γραμμών του τιμολογίου: %1 με φόρο, %2 χωρίς.</translation>
    </message>
    <message>
        <source>The evidence copy needs a name of its own, not the filing copy&apos;s.</source>
        <translation>Το αποδεικτικό αντίγραφο χρειάζεται δικό του όνομα, όχι του αντιγράφου κατάθεσης.</translation>
    </message>
    <message>
        <source>%1 is a file; choose a folder for the files of each document.</source>
        <translation>Το %1 είναι αρχείο· επιλέξτε φάκελο για τα αρχεία κάθε εγγράφου.</translation>
    </message>
    <message>
        <source>The folder %1 already holds files; choose an empty or a new folder for the files of each document, so that none is overwritten or mixed with another packet&apos;s.</source>
        <translation>Ο φάκελος %1 περιέχει ήδη αρχεία· επιλέξτε κενό ή νέο φάκελο για τα αρχεία κάθε εγγράφου, ώστε κανένα να μην αντικατασταθεί ή αναμειχθεί με άλλου φακέλου.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>Ο φάκελος %1 δεν υπάρχει· επιλέξτε άλλη θέση.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Free some space on the disk and try again.</source>
        <translation>Ο δίσκος είναι γεμάτος, οπότε αυτό δεν αποθηκεύτηκε. Ελευθερώστε χώρο στον δίσκο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (the disk or the folder is read-only), so this was not saved.</source>
        <translation>Δεν είναι δυνατή η εγγραφή στον φάκελο δεδομένων (ο δίσκος ή ο φάκελος είναι μόνο για ανάγνωση), οπότε αυτό δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error), so this was not saved. Check the disk and try again.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή στον δίσκο (σφάλμα εισόδου/εξόδου), οπότε αυτό δεν αποθηκεύτηκε. Ελέγξτε τον δίσκο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>the check digit does not match</source>
        <translation>το ψηφίο ελέγχου δεν ταιριάζει</translation>
    </message>
    <message>
        <source>it has the wrong number of characters</source>
        <translation>δεν έχει τον σωστό αριθμό χαρακτήρων</translation>
    </message>
    <message>
        <source>it is not written the way this country writes it</source>
        <translation>δεν έχει τη μορφή που χρησιμοποιεί αυτή η χώρα</translation>
    </message>
    <message>
        <source>a part of it is not valid</source>
        <translation>ένα μέρος του δεν είναι έγκυρο</translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <source>Promise to pay</source>
        <translation>Υπόσχεση πληρωμής</translation>
    </message>
    <message>
        <source>Settlement for less</source>
        <translation>Διακανονισμός με μειωμένο ποσό</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Πρόγραμμα δόσεων</translation>
    </message>
    <message>
        <source>Instalment %1 of %2</source>
        <translation>Δόση %1 από %2</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>Previous stage (Ctrl+Left)</source>
        <translation>Προηγούμενο στάδιο (Ctrl+Αριστερά)</translation>
    </message>
    <message>
        <source>Next stage (Ctrl+Right)</source>
        <translation>Επόμενο στάδιο (Ctrl+Δεξιά)</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Γλώσσα των ερωτήσεων</translation>
    </message>
    <message>
        <source>Filter questions (Ctrl+Shift+F), Enter inserts the first</source>
        <translation>Φιλτράρισμα ερωτήσεων (Ctrl+Shift+F)· το Enter εισάγει την πρώτη</translation>
    </message>
    <message>
        <source>Someone else answered</source>
        <translation>Απάντησε τρίτο πρόσωπο</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Όλα τα στάδια</translation>
    </message>
</context>
<context>
    <name>ReasonDialogs</name>
    <message>
        <source>Open: claimed as usual</source>
        <translation>Ανεξόφλητο: διεκδικείται κανονικά</translation>
    </message>
    <message>
        <source>Disputed: the debtor contests it (still claimed)</source>
        <translation>Αμφισβητούμενο: ο οφειλέτης το αμφισβητεί (διεκδικείται ακόμη)</translation>
    </message>
    <message>
        <source>Written off: no longer claimed</source>
        <translation>Διαγραμμένο: δεν διεκδικείται πλέον</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Εξοφλήθηκε πλήρως</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Διαγράφηκε ως ανεπίδεκτο είσπραξης</translation>
    </message>
    <message>
        <source>Handed to a collection agency</source>
        <translation>Ανατέθηκε σε εταιρεία ενημέρωσης οφειλετών</translation>
    </message>
    <message>
        <source>Handed to a lawyer</source>
        <translation>Ανατέθηκε σε δικηγόρο</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Άλλος λόγος</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Summary</source>
        <translation>Σύνοψη κλήσης</translation>
    </message>
    <message>
        <source>Overdue notice</source>
        <translation>Ειδοποίηση ληξιπρόθεσμης οφειλής</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Υπενθύμιση</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Κατάσταση λογαριασμού</translation>
    </message>
    <message>
        <source>Formal demand</source>
        <translation>Εξώδικη όχληση</translation>
    </message>
    <message>
        <source>Confirming: they agree with what we sent</source>
        <translation>Επιβεβαιώνει: συμφωνεί με όσα στείλαμε</translation>
    </message>
    <message>
        <source>Disputing: they do not agree</source>
        <translation>Αμφισβητεί: δεν συμφωνεί</translation>
    </message>
    <message>
        <source>No reply came</source>
        <translation>Δεν ήρθε απάντηση</translation>
    </message>
    <message>
        <source>%1 sent on %2 by %3</source>
        <translation>%1, στάλθηκε στις %2 με %3</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Καταχώριση απάντησης</translation>
    </message>
    <message>
        <source>Choose how the debtor answered</source>
        <translation>Επιλέξτε πώς απάντησε ο οφειλέτης</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Από:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ημερομηνία:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Θέμα:</translation>
    </message>
    <message>
        <source>From a saved e-mail…</source>
        <translation>Από αποθηκευμένο email…</translation>
    </message>
    <message>
        <source>Read the reply from an e-mail saved from your mail program (.eml)</source>
        <translation>Ανάγνωση της απάντησης από email αποθηκευμένο από το πρόγραμμα email σας (.eml)</translation>
    </message>
    <message>
        <source>Choose the saved e-mail</source>
        <translation>Επιλέξτε το αποθηκευμένο email</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>Email (*.eml)</translation>
    </message>
    <message>
        <source>The whole message is kept with the reply; the words below go into the record.</source>
        <translation>Ολόκληρο το μήνυμα φυλάσσεται μαζί με την απάντηση· το παρακάτω κείμενο καταχωρίζεται στο αρχείο.</translation>
    </message>
    <message>
        <source>The reply&apos;s words, or a note (e.g. called, no answer)</source>
        <translation>Το κείμενο της απάντησης ή μια σημείωση (π.χ. κλήση, δεν απάντησε)</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Απαντά σε:</translation>
    </message>
    <message>
        <source>The debtor:</source>
        <translation>Ο οφειλέτης:</translation>
    </message>
    <message>
        <source>Came on:</source>
        <translation>Ελήφθη στις:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Προεπισκόπηση:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Απάντηση:</translation>
    </message>
    <message>
        <source>Nothing was sent to this debtor yet that a reply could answer.</source>
        <translation>Δεν έχει σταλεί ακόμη στον οφειλέτη κάτι στο οποίο να μπορεί να απαντήσει.</translation>
    </message>
</context>
<context>
    <name>ResolveDisputeDialog</name>
    <message>
        <source>Resolve a dispute</source>
        <translation>Επίλυση αμφισβήτησης</translation>
    </message>
    <message>
        <source>Required, e.g. they found the signed delivery note</source>
        <translation>Υποχρεωτικό, π.χ. βρέθηκε το υπογεγραμμένο δελτίο αποστολής</translation>
    </message>
    <message>
        <source>Its invoices are open again. If the debtor was right, take the amount off with a credit note or write the invoice off.</source>
        <translation>Τα τιμολόγιά της γίνονται ξανά ανεξόφλητα. Αν ο οφειλέτης είχε δίκιο, αφαιρέστε το ποσό με πιστωτικό σημείωμα ή διαγράψτε το τιμολόγιο.</translation>
    </message>
    <message>
        <source>Dispute:</source>
        <translation>Αμφισβήτηση:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Αποτέλεσμα:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Τρόπος:</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse a payment</source>
        <translation>Ακύρωση πληρωμής</translation>
    </message>
    <message>
        <source>The payment of %1 received on %2 will no longer count. It stays in the record.</source>
        <translation>Η πληρωμή %1 που εισπράχθηκε στις %2 δεν θα προσμετράται πλέον. Παραμένει στο αρχείο.</translation>
    </message>
    <message>
        <source>Required, e.g. recorded by mistake, or returned by the bank</source>
        <translation>Υποχρεωτικό, π.χ. καταχωρίστηκε κατά λάθος ή επιστράφηκε από την τράπεζα</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Ακύρωση πληρωμής</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search everything</source>
        <translation>Αναζήτηση παντού</translation>
    </message>
    <message>
        <source>Notes, debtors, people, invoice or phone numbers…</source>
        <translation>Σημειώσεις, οφειλέτες, πρόσωπα, αριθμοί τιμολογίων ή τηλεφώνων…</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Πρώτα τα πιο πρόσφατα</translation>
    </message>
    <message>
        <source>Most relevant first</source>
        <translation>Πρώτα τα πιο σχετικά</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Σειρά:</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Βρέθηκε</translation>
    </message>
    <message>
        <source>debtor</source>
        <translation>οφειλέτης</translation>
    </message>
    <message>
        <source>person: %1</source>
        <translation>πρόσωπο: %1</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>τιμολόγιο %1</translation>
    </message>
    <message>
        <source>Type a word to search the notes, the record, debtors, people, invoices and phones.</source>
        <translation>Πληκτρολογήστε μια λέξη για αναζήτηση στις σημειώσεις, στο αρχείο, στους οφειλέτες, στα πρόσωπα, στα τιμολόγια και στα τηλέφωνα.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Δεν βρέθηκε τίποτα για «%1».</translation>
    </message>
    <message>
        <source>Found: %1 so far; more as you scroll down.</source>
        <translation>Βρέθηκαν: %1 μέχρι στιγμής· περισσότερα καθώς κυλάτε προς τα κάτω.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Βρέθηκαν: %1.</translation>
    </message>
    <message>
        <source>The search failed inside callnotes: %1</source>
        <translation>Η αναζήτηση απέτυχε μέσα στο callnotes: %1</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>e-mail</source>
        <translation>email</translation>
    </message>
    <message>
        <source>post</source>
        <translation>ταχυδρομείο</translation>
    </message>
    <message>
        <source>certified post</source>
        <translation>συστημένη επιστολή</translation>
    </message>
    <message>
        <source>burofax</source>
        <translation>burofax</translation>
    </message>
    <message>
        <source>served by a bailiff</source>
        <translation>επίδοση με δικαστικό επιμελητή</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>ιδιοχείρως</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Σήμανση ως σταλμένης</translation>
    </message>
    <message>
        <source>certified mail, burofax or bailiff&apos;s number</source>
        <translation>αριθμός συστημένης, burofax ή έκθεσης επίδοσης</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>άγνωστο ακόμη</translation>
    </message>
    <message>
        <source>delivered on</source>
        <translation>παραδόθηκε στις</translation>
    </message>
    <message>
        <source>returned on</source>
        <translation>επεστράφη στις</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Τρόπος αποστολής:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Πότε:</translation>
    </message>
    <message>
        <source>Address used:</source>
        <translation>Διεύθυνση:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Αριθμός:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Παράδοση:</translation>
    </message>
    <message>
        <source>Receipts:</source>
        <translation>Αποδεικτικά:</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Εγγραφή της επιστολής…</translation>
    </message>
    <message>
        <source>Type the day it was delivered or came back.</source>
        <translation>Πληκτρολογήστε την ημέρα που παραδόθηκε ή επεστράφη.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Commit the line as a note</source>
        <translation>Καταχώριση της γραμμής ως σημείωση</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+4</source>
        <translation>Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <source>Commit as note / question asked / debtor said / agreement</source>
        <translation>Καταχώριση ως σημείωση / ερώτηση / δήλωση οφειλέτη / συμφωνία</translation>
    </message>
    <message>
        <source>1 … 9 (empty line)</source>
        <translation>1 … 9 (κενή γραμμή)</translation>
    </message>
    <message>
        <source>Ask question N of the current stage</source>
        <translation>Ερώτηση N του τρέχοντος σταδίου</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+Αριστερά / Ctrl+Δεξιά</translation>
    </message>
    <message>
        <source>Previous / next stage of questions</source>
        <translation>Προηγούμενο / επόμενο στάδιο ερωτήσεων</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Filter the questions</source>
        <translation>Φιλτράρισμα των ερωτήσεων</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Search everything: notes, debtors, people, invoices, phones</source>
        <translation>Αναζήτηση παντού: σημειώσεις, οφειλέτες, πρόσωπα, τιμολόγια, τηλέφωνα</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Put fact N (invoice, total, agreement…) into the line</source>
        <translation>Εισαγωγή του στοιχείου N (τιμολόγιο, σύνολο, συμφωνία…) στη γραμμή</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Offers: instalments, a discount or a settlement, with the wording</source>
        <translation>Προτάσεις: δόσεις, έκπτωση ή διακανονισμός, με τη διατύπωση</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Someone else answered: amounts hidden, neutral questions (again: back)</source>
        <translation>Απάντησε τρίτος: απόκρυψη ποσών, ουδέτερες ερωτήσεις (ξανά: επιστροφή)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Log another contact (e-mail, letter, visit, message)</source>
        <translation>Καταχώριση άλλης επαφής (email, επιστολή, επίσκεψη, μήνυμα)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>End the call: outcome, promise or plan, next action</source>
        <translation>Τέλος κλήσης: αποτέλεσμα, υπόσχεση ή πρόγραμμα δόσεων, επόμενη ενέργεια</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the input line</source>
        <translation>Επιστροφή στη γραμμή πληκτρολόγησης</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Αυτή η λίστα</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Ενέργεια</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status of invoice %1</source>
        <translation>Κατάσταση τιμολογίου %1</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Νέα κατάσταση:</translation>
    </message>
    <message>
        <source>Required, e.g. the customer says the goods arrived damaged</source>
        <translation>Υποχρεωτικό, π.χ. ο πελάτης λέει ότι τα εμπορεύματα έφτασαν κατεστραμμένα</translation>
    </message>
</context>
<context>
    <name>ThirdPartyCover</name>
    <message>
        <source>Someone else is on the line</source>
        <translation>Στη γραμμή είναι τρίτο πρόσωπο</translation>
    </message>
    <message>
        <source>The amounts and invoices are hidden. Say nothing about the debt: ask only when and where the person you are calling can be reached, whom to ask for, and leave your name and number so they call back.</source>
        <translation>Τα ποσά και τα τιμολόγια είναι κρυμμένα. Μην πείτε τίποτα για την οφειλή: ρωτήστε μόνο πότε και πού μπορείτε να βρείτε το πρόσωπο που καλείτε και ποιον να ζητήσετε, και αφήστε το όνομα και τον αριθμό σας για να σας καλέσουν.</translation>
    </message>
    <message>
        <source>Press Ctrl+T when the debtor is on the line: the facts come back.</source>
        <translation>Πατήστε Ctrl+T όταν στη γραμμή είναι ο οφειλέτης: τα στοιχεία εμφανίζονται ξανά.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ask for: %1</source>
        <translation>Ζητήστε: %1</translation>
    </message>
</context>
</TS>
