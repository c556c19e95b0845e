<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>the font of the window and the packet</source>
        <translation>la letra de la ventana y del paquete de documentación</translation>
    </message>
    <message>
        <source>Qt for Python: the window</source>
        <translation>Qt para Python: la ventana</translation>
    </message>
    <message>
        <source>Qt for Python&apos;s bindings</source>
        <translation>los enlaces de Qt para Python</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>the database&apos;s tables</source>
        <translation>las tablas de la base de datos</translation>
    </message>
    <message>
        <source>database upgrades</source>
        <translation>las actualizaciones de la base de datos</translation>
    </message>
    <message>
        <source>the tables&apos; values</source>
        <translation>los valores de las tablas</translation>
    </message>
    <message>
        <source>writes the packet (PDF)</source>
        <translation>escribe el paquete de documentación (PDF)</translation>
    </message>
    <message>
        <source>joins PDF pages</source>
        <translation>une páginas PDF</translation>
    </message>
    <message>
        <source>PDF/A copies</source>
        <translation>copias PDF/A</translation>
    </message>
    <message>
        <source>draws PDF pages for printing</source>
        <translation>dibuja las páginas PDF para imprimir</translation>
    </message>
    <message>
        <source>images in exhibits</source>
        <translation>imágenes de los anexos</translation>
    </message>
    <message>
        <source>amounts and dates in each language</source>
        <translation>importes y fechas en cada idioma</translation>
    </message>
    <message>
        <source>letter templates</source>
        <translation>plantillas de cartas</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>números de teléfono</translation>
    </message>
    <message>
        <source>tax numbers</source>
        <translation>números de identificación fiscal</translation>
    </message>
    <message>
        <source>file names in plain letters</source>
        <translation>nombres de archivo en letras sencillas</translation>
    </message>
    <message>
        <source>where the data folder is</source>
        <translation>dónde está la carpeta de datos</translation>
    </message>
    <message>
        <source>About callnotes</source>
        <translation>Acerca de callnotes</translation>
    </message>
    <message>
        <source>Notes and records for getting paid by phone.</source>
        <translation>Notas y registros para cobrar por teléfono.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Shipped with callnotes, and their licences:</source>
        <translation>Incluido con callnotes, y sus licencias:</translation>
    </message>
    <message>
        <source>Used for: %1</source>
        <translation>Sirve para: %1</translation>
    </message>
    <message>
        <source>This package ships no licence text; its licence is named above.</source>
        <translation>Este paquete no trae el texto de su licencia; su licencia se nombra arriba.</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Impugnación</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Who to contact today</source>
        <translation>A quién contactar hoy</translation>
    </message>
    <message>
        <source>Enter: open the debtor · S: snooze to tomorrow · Shift+S: snooze longer · D: done</source>
        <translation>Intro: abrir el deudor · S: posponer a mañana · Shift+S: posponer más · D: hecho</translation>
    </message>
    <message>
        <source>Nobody to contact today: no promise, instalment or follow-up is due.</source>
        <translation>Nadie a quien contactar hoy: no vence ninguna promesa, cuota ni seguimiento.</translation>
    </message>
    <message>
        <source>All debtors (Ctrl+2)</source>
        <translation>Todos los deudores (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Open the debtor</source>
        <translation>&amp;Abrir el deudor</translation>
    </message>
    <message>
        <source>&amp;Snooze until tomorrow</source>
        <translation>&amp;Posponer hasta mañana</translation>
    </message>
    <message>
        <source>Snooze &amp;longer…</source>
        <translation>Posponer &amp;más…</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>&amp;Undo the last snooze or done</source>
        <translation>&amp;Deshacer lo último (posponer o hecho)</translation>
    </message>
    <message>
        <source>Not shown today: %1 snoozed, %2 marked done.</source>
        <translation>Ocultos hoy: %1 pospuestos, %2 marcados como hechos.</translation>
    </message>
    <message>
        <source>%1 more debtors further down the list (callnotes agenda lists them all).</source>
        <translation>Otros %1 deudores más abajo en la lista (callnotes agenda los muestra todos).</translation>
    </message>
    <message>
        <source>%1 snoozed until %2 · Ctrl+Z to undo</source>
        <translation>%1: pospuesto hasta el %2 · Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>For %1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 marked done · Ctrl+Z to undo</source>
        <translation>%1: marcado como hecho · Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>%1 is back on the agenda.</source>
        <translation>%1 vuelve a estar en la agenda.</translation>
    </message>
    <message>
        <source>%1 (also: %2)</source>
        <translation>%1 (además: %2)</translation>
    </message>
    <message>
        <source>Promised %1 by %2; only %3 paid (part-kept).</source>
        <translation>Prometió %1 para el %2; solo ha pagado %3 (cumplida en parte).</translation>
    </message>
    <message>
        <source>Promised %1 by %2; nothing was paid.</source>
        <translation>Prometió %1 para el %2; no ha pagado nada.</translation>
    </message>
    <message>
        <source>Promise of %1 due today.</source>
        <translation>Promesa de %1 que vence hoy.</translation>
    </message>
    <message>
        <source>Promise of %1 due tomorrow.</source>
        <translation>Promesa de %1 que vence mañana.</translation>
    </message>
    <message>
        <source>An instalment of the plan missed on %1: %2 unpaid.</source>
        <translation>Una cuota del plan impagada el %1: %2 sin pagar.</translation>
    </message>
    <message>
        <source>%1 instalments of the plan missed since %2: %3 unpaid.</source>
        <translation>%1 cuotas del plan impagadas desde el %2: %3 sin pagar.</translation>
    </message>
    <message>
        <source>Follow-up date %1 reached.</source>
        <translation>Ha llegado la fecha de seguimiento, el %1.</translation>
    </message>
    <message>
        <source>Summary of %1 not confirmed yet.</source>
        <translation>Resumen del %1 aún sin confirmar.</translation>
    </message>
    <message>
        <source>No conversation yet; all that is overdue is disputed.</source>
        <translation>Aún ninguna conversación; todo lo vencido está impugnado.</translation>
    </message>
    <message>
        <source>No conversation for %1 days; all that is overdue is disputed.</source>
        <translation>Sin conversación desde hace %1 días; todo lo vencido está impugnado.</translation>
    </message>
    <message>
        <source>No conversation yet; %1 overdue.</source>
        <translation>Aún ninguna conversación; vencido: %1.</translation>
    </message>
    <message>
        <source>No conversation for %1 days; %2 overdue.</source>
        <translation>Sin conversación desde hace %1 días; vencido: %2.</translation>
    </message>
    <message>
        <source>No reminder sent yet; %1 overdue.</source>
        <translation>Aún no se ha enviado ningún recordatorio; vencido: %1.</translation>
    </message>
    <message>
        <source>Last reminder sent on %1; %2 overdue.</source>
        <translation>Último recordatorio enviado el %1; vencido: %2.</translation>
    </message>
    <message>
        <source>open dispute</source>
        <translation>impugnación abierta</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Nuevo acuerdo</translation>
    </message>
    <message>
        <source>Correct the agreement</source>
        <translation>Corregir el acuerdo</translation>
    </message>
    <message>
        <source>e.g. maintenance of air conditioning</source>
        <translation>p. ej., mantenimiento del aire acondicionado</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Firmado el:</translation>
    </message>
    <message>
        <source>Goods or services:</source>
        <translation>Bienes o servicios:</translation>
    </message>
    <message>
        <source>Terms:</source>
        <translation>Condiciones:</translation>
    </message>
    <message>
        <source>Pay within:</source>
        <translation>Plazo de pago:</translation>
    </message>
    <message>
        <source>Late interest a year (%):</source>
        <translation>Interés de demora anual (%):</translation>
    </message>
    <message>
        <source>Fee per late invoice:</source>
        <translation>Recargo por factura atrasada:</translation>
    </message>
    <message>
        <source>Signed contract:</source>
        <translation>Contrato firmado:</translation>
    </message>
    <message>
        <source>The terms as recorded stay in the record; the correction is added with its reason.</source>
        <translation>Las condiciones tal como se registraron se conservan en el registro; la corrección se añade con su motivo.</translation>
    </message>
    <message>
        <source>Required, e.g. the interest was typed wrong</source>
        <translation>Obligatorio; p. ej., interés mal tecleado</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend entry</source>
        <translation>Corregir anotación</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>Required, e.g. wrong amount typed during the call</source>
        <translation>Obligatorio; p. ej., importe mal tecleado durante la llamada</translation>
    </message>
    <message>
        <source>The original stays in the record; the amendment is added beside it with today&apos;s date.</source>
        <translation>El original se conserva en el registro; la corrección se añade junto a él con la fecha de hoy.</translation>
    </message>
    <message>
        <source>Original:</source>
        <translation>Original:</translation>
    </message>
    <message>
        <source>Corrected text:</source>
        <translation>Texto corregido:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>AmountField</name>
    <message>
        <source>%1 has no more than %2 decimals; type an amount like %3.</source>
        <translation>%1 no tiene más de %2 decimales; escriba un importe como %3.</translation>
    </message>
    <message>
        <source>Type an amount like %1.</source>
        <translation>Escriba un importe como %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Back to the list: %1</source>
        <translation>Volver a la lista: %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archivar: %1</translation>
    </message>
    <message>
        <source>The debtor comes back to the list of debtors being pursued.</source>
        <translation>El deudor vuelve a la lista de deudores a los que se reclama.</translation>
    </message>
    <message>
        <source>An archived debtor leaves the list; “Show archived” finds them again.</source>
        <translation>Un deudor archivado sale de la lista; con “Mostrar archivados” vuelve a verlo.</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Optional, kept in the record</source>
        <translation>Opcional; se guarda en el registro</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop checking every record (it runs again at the next start)</source>
        <translation>Dejar de comprobar todos los registros (se vuelve a hacer en el próximo inicio)</translation>
    </message>
    <message>
        <source>Checking every record in the background… %1 %</source>
        <translation>Comprobando todos los registros en segundo plano… %1 %</translation>
    </message>
    <message>
        <source>The full check found problems in %1 of %2 records: Record ▸ Verify all records</source>
        <translation>La comprobación completa encontró problemas en %1 de %2 registros: Registro ▸ Verificar todos los registros</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia ahora…</translation>
    </message>
    <message>
        <source>Write a checked backup of the database and its documents</source>
        <translation>Hacer una copia de seguridad comprobada de la base de datos y sus documentos</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar desde una &amp;copia…</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Carpeta de copias…</translation>
    </message>
    <message>
        <source>&amp;Check database…</source>
        <translation>C&amp;omprobar la base de datos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>callnotes</source>
        <translation>callnotes</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>callnotes: unexpected error</source>
        <translation>callnotes: error inesperado</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>callnotes backups (*.backup)</source>
        <translation>Copias de callnotes (*.backup)</translation>
    </message>
    <message>
        <source>Backing up and checking the backup…</source>
        <translation>Haciendo la copia y comprobándola…</translation>
    </message>
    <message>
        <source>Backed up %1 debtors and %2 documents to %3, and checked it.</source>
        <translation>Copia de %1 deudores y %2 documentos guardada en %3 y comprobada.</translation>
    </message>
    <message>
        <source>%1 stored documents are missing or changed in the data folder and are not in the backup.</source>
        <translation>Faltan o han cambiado %1 documentos guardados en la carpeta de datos; no están en la copia.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>callnotes backups (*.backup);;All files (*)</source>
        <translation>Copias de callnotes (*.backup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore %1?

Every debtor, call and document in the database %2 is replaced by what the backup holds; what was added since it was made is no longer shown. The backup is checked first: if it fails, nothing changes.

The current database is kept aside in %3 first.</source>
        <translation>¿Restaurar %1?

Todos los deudores, llamadas y documentos de la base de datos %2 se sustituyen por lo que contiene la copia; lo añadido después de hacerla deja de mostrarse. Antes se comprueba la copia: si falla, no cambia nada.

Primero se guarda aparte la base de datos actual en %3.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia…</translation>
    </message>
    <message>
        <source>Restored the backup made %1 (%2 debtors).</source>
        <translation>Restaurada la copia del %1 (%2 deudores).</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>La base de datos sustituida se conserva como %1.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>Las copias se guardan en %1.</translation>
    </message>
    <message>
        <source>Check database</source>
        <translation>Comprobar la base de datos</translation>
    </message>
    <message>
        <source>The database is sound: SQLite&apos;s full check found nothing wrong.</source>
        <translation>La base de datos está en buen estado: la comprobación completa de SQLite no ha encontrado ningún problema.</translation>
    </message>
    <message>
        <source>Checking every page of the database…</source>
        <translation>Comprobando cada página de la base de datos…</translation>
    </message>
    <message>
        <source>No automatic backup: %1</source>
        <translation>Sin copia automática: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database is damaged. Restore a backup (File → Restore from backup…).</source>
        <translation>La base de datos está dañada. Restaure una copia (Archivo → Restaurar desde una copia…).</translation>
    </message>
    <message>
        <source>it is not a callnotes backup, or it is cut short</source>
        <translation>no es una copia de callnotes, o está incompleta</translation>
    </message>
    <message>
        <source>it was made by a newer version of callnotes</source>
        <translation>la hizo una versión más reciente de callnotes</translation>
    </message>
    <message>
        <source>part of it is damaged</source>
        <translation>una parte está dañada</translation>
    </message>
    <message>
        <source>the record in it fails its check</source>
        <translation>el registro que contiene no supera su comprobación</translation>
    </message>
    <message>
        <source>The backup folder %1 is not available (is the disk connected?). No backup was made: connect the disk or choose another backup folder (File → Backup folder…).</source>
        <translation>La carpeta de copias %1 no está disponible (¿está conectado el disco?). No se ha hecho ninguna copia: conecte el disco o elija otra carpeta (Archivo → Carpeta de copias…).</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be written. No backup was made: choose another backup folder.</source>
        <translation>No se puede escribir en la carpeta de copias %1. No se ha hecho ninguna copia: elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; a backup is written only as a file of its own.</source>
        <translation>%1 no es un archivo normal; una copia solo se escribe como archivo propio.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2).</source>
        <translation>No se ha podido escribir la copia en %1 (%2).</translation>
    </message>
    <message>
        <source>There is no database to back up yet.</source>
        <translation>Todavía no hay ninguna base de datos que copiar.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>No existe el archivo de copia %1.</translation>
    </message>
    <message>
        <source>%1 is not a backup that can be restored: %2. Nothing was changed.</source>
        <translation>%1 no es una copia que se pueda restaurar: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1); the database is as it was.</source>
        <translation>No se ha podido poner la copia en su sitio (%1); la base de datos sigue como estaba.</translation>
    </message>
    <message>
        <source>it does not pass its checks</source>
        <translation>no supera sus comprobaciones</translation>
    </message>
    <message>
        <source>%1 — cannot be read</source>
        <translation>%1 — no se puede leer</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>%1 · %2 debtors · %3 · %4</source>
        <translation>%1 · %2 deudores · %3 · %4</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>callnotes found the database damaged and will not work on it. Restore a backup: the damaged file is kept aside first, so nothing is thrown away.</source>
        <translation>callnotes ha encontrado la base de datos dañada y no trabajará con ella. Restaure una copia: antes se guarda aparte el archivo dañado, así que no se tira nada.</translation>
    </message>
    <message>
        <source>Looking for backups…</source>
        <translation>Buscando copias…</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup</source>
        <translation>&amp;Restaurar la copia elegida</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>The newest backup is chosen.</source>
        <translation>Está elegida la copia más reciente.</translation>
    </message>
    <message>
        <source>No backup was found in the backup folder. Choose a backup file with Other file….</source>
        <translation>No hay ninguna copia en la carpeta de copias. Elija un archivo de copia con Otro archivo….</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>callnotes backups (*.backup);;All files (*)</source>
        <translation>Copias de callnotes (*.backup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking and restoring %1…</source>
        <translation>Comprobando y restaurando %1…</translation>
    </message>
</context>
<context>
    <name>BusinessDialog</name>
    <message>
        <source>Every day 08:00–21:00 (general)</source>
        <translation>Todos los días 08:00–21:00 (general)</translation>
    </message>
    <message>
        <source>Weekdays 09:00–20:00, one contact in 2 days (Greek rule)</source>
        <translation>Lunes a viernes 09:00–20:00, un contacto cada 2 días (norma griega)</translation>
    </message>
    <message>
        <source>Weekdays 09:00–21:00 (Spanish rule for commercial calls)</source>
        <translation>Lunes a viernes 09:00–21:00 (norma española de llamadas comerciales)</translation>
    </message>
    <message>
        <source>Every day 08:00–21:00 (US Regulation F)</source>
        <translation>Todos los días 08:00–21:00 (Regulation F de EE. UU.)</translation>
    </message>
    <message>
        <source>Welcome to callnotes</source>
        <translation>Le damos la bienvenida a callnotes</translation>
    </message>
    <message>
        <source>Settings: your business</source>
        <translation>Configuración: su empresa</translation>
    </message>
    <message>
        <source>Tell callnotes about your business: it is printed on letters and packets, and your name signs every note you write. You can change all of it later in Settings.</source>
        <translation>Indique a callnotes los datos de su empresa: aparecen en las cartas y en los paquetes de documentación, y su nombre firma cada nota que escriba. Puede cambiarlo todo más tarde en Configuración.</translation>
    </message>
    <message>
        <source>e.g. Marta Ribera</source>
        <translation>p. ej., Marta Ribera</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Before a call or a visit, callnotes warns when the last conversation was more recent.</source>
        <translation>Antes de una llamada o una visita, callnotes avisa si la última conversación es más reciente.</translation>
    </message>
    <message>
        <source>A summary sent after a call and not confirmed by then is listed on the agenda.</source>
        <translation>Un resumen enviado tras una llamada que no se haya confirmado en ese plazo aparece en la agenda.</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nombre de la empresa:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>NIF:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Who signs letters:</source>
        <translation>Firmante de las cartas:</translation>
    </message>
    <message>
        <source>Your name (signs your notes):</source>
        <translation>Su nombre (firma sus notas):</translation>
    </message>
    <message>
        <source>Currency of new debtors:</source>
        <translation>Moneda de los deudores nuevos:</translation>
    </message>
    <message>
        <source>Language of new debtors:</source>
        <translation>Idioma de los deudores nuevos:</translation>
    </message>
    <message>
        <source>Calling hours:</source>
        <translation>Horario de llamadas:</translation>
    </message>
    <message>
        <source>Days between conversations:</source>
        <translation>Días entre conversaciones:</translation>
    </message>
    <message>
        <source>Days to wait for a reply:</source>
        <translation>Días de espera de respuesta:</translation>
    </message>
    <message>
        <source>Load example data instead</source>
        <translation>Cargar datos de ejemplo en su lugar</translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <source>Log contact…</source>
        <translation>Registrar contacto…</translation>
    </message>
    <message>
        <source>Log an e-mail, letter, visit or message (Ctrl+Shift+L)</source>
        <translation>Registrar un correo, una carta, una visita o un mensaje (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>End call (Ctrl+E)</source>
        <translation>Terminar llamada (Ctrl+E)</translation>
    </message>
    <message>
        <source>Record ✗ broken at entry %1</source>
        <translation>Registro ✗ dañado en la anotación %1</translation>
    </message>
    <message>
        <source>Offers… (Ctrl+O)</source>
        <translation>Ofertas… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Instalments, a discount or a settlement: the figures and the wording</source>
        <translation>Cuotas, un descuento o una quita: las cifras y la redacción</translation>
    </message>
    <message>
        <source>Someone else answered (Ctrl+T)</source>
        <translation>Contesta otra persona (Ctrl+T)</translation>
    </message>
    <message>
        <source>Hide the amounts and offer neutral questions while someone else is on the line</source>
        <translation>Ocultar los importes y proponer preguntas neutras mientras otra persona está al teléfono</translation>
    </message>
    <message>
        <source>Record ✗ %1 problems</source>
        <translation>Registro ✗ %1 problemas</translation>
    </message>
    <message>
        <source>Record ✓ checked in full %1</source>
        <translation>Registro ✓ comprobado por completo %1</translation>
    </message>
    <message>
        <source>The %1 entries added since the last full check were checked now.</source>
        <translation>Se acaban de comprobar las %1 entradas añadidas desde la última comprobación completa.</translation>
    </message>
    <message>
        <source>Click the number to hand it to your phone app</source>
        <translation>Haga clic en el número para pasarlo a su aplicación de teléfono</translation>
    </message>
    <message>
        <source>No phone application: number copied (%1)</source>
        <translation>No hay aplicación de teléfono: número copiado (%1)</translation>
    </message>
    <message>
        <source>Third party answered: %1</source>
        <translation>Contestó un tercero: %1</translation>
    </message>
    <message>
        <source>Third party answered</source>
        <translation>Contestó un tercero</translation>
    </message>
    <message>
        <source>● %1 in call</source>
        <translation>● %1 en llamada</translation>
    </message>
    <message>
        <source>✓ usual hours</source>
        <translation>✓ horario habitual</translation>
    </message>
    <message>
        <source>⚠ outside usual hours</source>
        <translation>⚠ fuera del horario habitual</translation>
    </message>
    <message>
        <source>%1 their time %2</source>
        <translation>Hora del deudor: %1 %2</translation>
    </message>
    <message>
        <source>The disk is full: your notes are kept here and will be saved as soon as there is space. Free some space on the disk; callnotes tries again every few seconds.</source>
        <translation>El disco está lleno: sus notas se conservan aquí y se guardarán en cuanto haya espacio. Libere espacio en el disco; callnotes lo vuelve a intentar cada pocos segundos.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (the disk or the folder is read-only): your notes are kept here and will be saved as soon as it can be written again. callnotes tries again every few seconds.</source>
        <translation>No se puede escribir en la carpeta de datos (el disco o la carpeta son de solo lectura): sus notas se conservan aquí y se guardarán en cuanto se pueda escribir de nuevo. callnotes lo vuelve a intentar cada pocos segundos.</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error): your notes are kept here and will be saved as soon as it works again. callnotes tries again every few seconds.</source>
        <translation>No se ha podido escribir en el disco (un error de entrada/salida): sus notas se conservan aquí y se guardarán en cuanto vuelva a funcionar. callnotes lo vuelve a intentar cada pocos segundos.</translation>
    </message>
    <message>
        <source>Your notes could not be saved yet: they are kept here and callnotes tries again every few seconds.</source>
        <translation>Sus notas todavía no se han podido guardar: se conservan aquí y callnotes lo vuelve a intentar cada pocos segundos.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) waiting to be saved.</source>
        <translation>
            <numerusform>%n línea pendiente de guardar.</numerusform>
            <numerusform>%n líneas pendientes de guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call ends as soon as they are saved.</source>
        <translation>La llamada terminará en cuanto se guarden.</translation>
    </message>
    <message>
        <source>A call is open</source>
        <translation>Hay una llamada abierta</translation>
    </message>
    <message>
        <source>The call with %1 is still open. End it now, or keep it open for later?</source>
        <translation>La llamada con %1 sigue abierta. ¿Terminarla ahora o dejarla abierta para más tarde?</translation>
    </message>
    <message>
        <source>Everything typed is saved either way. A call kept open is offered back the next time callnotes starts.</source>
        <translation>Lo escrito se guarda en ambos casos. Una llamada que se deja abierta se vuelve a ofrecer la próxima vez que se inicie callnotes.</translation>
    </message>
    <message>
        <source>&amp;End the call now</source>
        <translation>&amp;Terminar la llamada ahora</translation>
    </message>
    <message>
        <source>&amp;Keep it open for later</source>
        <translation>&amp;Dejarla abierta para más tarde</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notas sin guardar</translation>
    </message>
    <message>
        <source>If callnotes closes now, what is not saved is lost. Close anyway?</source>
        <translation>Si callnotes se cierra ahora, se perderá lo que no esté guardado. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Correct the line</source>
        <translation>Corregir la línea</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Línea:</translation>
    </message>
    <message>
        <source>Text too long to paste</source>
        <translation>Texto demasiado largo para pegar</translation>
    </message>
    <message>
        <source>The text on the clipboard is too long to paste as notes (%1 characters). Paste a shorter part, or attach the document to the debtor instead.</source>
        <translation>El texto del portapapeles es demasiado largo para pegarlo como notas (%1 caracteres). Pegue un fragmento más corto o, mejor, adjunte el documento al deudor.</translation>
    </message>
    <message>
        <source>Notes not saved yet</source>
        <translation>Notas todavía sin guardar</translation>
    </message>
    <message>
        <source>Some notes are not saved yet; callnotes tries again every few seconds. End the call once they are saved.</source>
        <translation>Algunas notas todavía no están guardadas; callnotes lo vuelve a intentar cada pocos segundos. Termine la llamada cuando estén guardadas.</translation>
    </message>
</context>
<context>
    <name>CreditNoteDialog</name>
    <message>
        <source>Credit note on invoice %1</source>
        <translation>Nota de crédito sobre la factura %1</translation>
    </message>
    <message>
        <source>%1 is open on this invoice.</source>
        <translation>Importe pendiente de esta factura: %1.</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Importe (%1):</translation>
    </message>
    <message>
        <source>Dated:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Required, e.g. discount for late delivery</source>
        <translation>Obligatorio; p. ej., descuento por entrega tardía</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Type a date like %1.</source>
        <translation>Escriba una fecha como %1.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar; type a date like %2.</source>
        <translation>%1 no es una fecha que exista; escriba una fecha como %2.</translation>
    </message>
</context>
<context>
    <name>DebtorDetail</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Goods or services</source>
        <translation>Bienes o servicios</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Applied to</source>
        <translation>Aplicado a</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha el</translation>
    </message>
</context>
<context>
    <name>DebtorDetailPanel</name>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Promises and plans</source>
        <translation>Promesas y planes</translation>
    </message>
    <message>
        <source>Details and people</source>
        <translation>Datos y personas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Start call (Ctrl+Enter)</source>
        <translation>Iniciar llamada (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Letters (Ctrl+L)</source>
        <translation>Cartas (Ctrl+L)</translation>
    </message>
    <message>
        <source>Select a debtor</source>
        <translation>Seleccione un deudor</translation>
    </message>
    <message>
        <source>Owed: %1 as of %2</source>
        <translation>Deuda: %1 a fecha de %2</translation>
    </message>
    <message>
        <source>Invoices %1 · interest %2 · fees %3</source>
        <translation>Facturas %1 · intereses %2 · recargos %3</translation>
    </message>
    <message>
        <source>credit on account −%1</source>
        <translation>saldo a favor −%1</translation>
    </message>
    <message>
        <source>Record · %1 entries · checking the chain…</source>
        <translation>Registro · %1 entradas · comprobando la cadena…</translation>
    </message>
    <message>
        <source>Record ✓ intact · %1 entries · head %2</source>
        <translation>Registro ✓ íntegro · %1 anotaciones · huella %2</translation>
    </message>
    <message>
        <source>Record ✗ BROKEN at entry %1: %2</source>
        <translation>Registro ✗ DAÑADO en la anotación %1: %2</translation>
    </message>
    <message>
        <source>Record ✗ %1 problems: %2</source>
        <translation>Registro ✗ %1 problemas: %2</translation>
    </message>
    <message>
        <source>chain checked in full %1</source>
        <translation>cadena comprobada por completo %1</translation>
    </message>
    <message>
        <source>%1 newer entries checked now</source>
        <translation>%1 entradas nuevas comprobadas ahora</translation>
    </message>
</context>
<context>
    <name>DebtorDialog</name>
    <message>
        <source>A business</source>
        <translation>Una empresa</translation>
    </message>
    <message>
        <source>A private person</source>
        <translation>Un particular</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <source>Pays on time</source>
        <translation>Paga puntualmente</translation>
    </message>
    <message>
        <source>Sometimes late</source>
        <translation>A veces con retraso</translation>
    </message>
    <message>
        <source>Usually late</source>
        <translation>Suele pagar tarde</translation>
    </message>
    <message>
        <source>New debtor</source>
        <translation>Nuevo deudor</translation>
    </message>
    <message>
        <source>Debtor details</source>
        <translation>Datos del deudor</translation>
    </message>
    <message>
        <source>Charge statutory late-payment interest and 40 € per late invoice</source>
        <translation>Reclamar el interés de demora legal y 40 € por factura pagada con retraso</translation>
    </message>
    <message>
        <source>For debts between businesses in the EU, in euros: the ECB reference rate plus 8 points a year, and a fixed 40 € for each invoice paid late.</source>
        <translation>Para deudas en euros entre empresas de la UE: el tipo de referencia del BCE más 8 puntos anuales, y una indemnización fija de 40 € por cada factura pagada con retraso.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Tax ID:</source>
        <translation>NIF:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Language of letters:</source>
        <translation>Idioma de las cartas:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Address for letters:</source>
        <translation>Dirección postal:</translation>
    </message>
    <message>
        <source>Main phone:</source>
        <translation>Teléfono principal:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Pays:</source>
        <translation>Puntualidad:</translation>
    </message>
    <message>
        <source>Late payment:</source>
        <translation>Morosidad:</translation>
    </message>
</context>
<context>
    <name>DebtorList</name>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Deuda</translation>
    </message>
    <message>
        <source>Overdue (days)</source>
        <translation>Retraso (días)</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
</context>
<context>
    <name>DebtorListPanel</name>
    <message>
        <source>Find a debtor (Ctrl+K)</source>
        <translation>Buscar un deudor (Ctrl+K)</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>Show the debtors archived as paid, written off or handed over</source>
        <translation>Mostrar los deudores archivados: pagados, incobrables o entregados a terceros</translation>
    </message>
    <message>
        <source>No debtors yet. Add the first one, or load the example data to see how callnotes works.</source>
        <translation>Aún no hay deudores. Añada el primero o cargue los datos de ejemplo para ver cómo funciona callnotes.</translation>
    </message>
    <message>
        <source>Add a debtor…</source>
        <translation>Añadir un deudor…</translation>
    </message>
    <message>
        <source>Load example data</source>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <source>Import invoices…</source>
        <translation>Importar facturas…</translation>
    </message>
    <message>
        <source>From a CSV file exported by Xero, QuickBooks, Holded or a spreadsheet</source>
        <translation>Desde un archivo CSV exportado por Xero, QuickBooks, Holded o una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>DeleteDebtorDialog</name>
    <message>
        <source>Delete the data of %1</source>
        <translation>Borrar los datos de %1</translation>
    </message>
    <message>
        <source>This deletes everything callnotes holds on %1: their details, people, agreement, invoices, payments, promises, plans, every contact and its notes, the record, and the documents no other debtor shares. It cannot be undone.</source>
        <translation>Esto borra todo lo que callnotes guarda sobre %1: sus datos, personas, acuerdo, facturas, pagos, promesas, planes, cada contacto con sus notas, el registro y los documentos que no comparte otro deudor. No se puede deshacer.</translation>
    </message>
    <message>
        <source>What stays is a short note that a debtor was deleted: when, why, by whom, and a fingerprint of the name from which the name cannot be read back.</source>
        <translation>Queda solo una breve nota de que se borró un deudor: cuándo, por qué, quién lo hizo y una huella del nombre de la que no se puede recuperar el nombre.</translation>
    </message>
    <message>
        <source>If the person asked for a copy of their data, or you may need it later, export it first.</source>
        <translation>Si la persona ha pedido una copia de sus datos, o puede que la necesite más adelante, expórtelos primero.</translation>
    </message>
    <message>
        <source>To confirm, type the name exactly as it is written here: %1</source>
        <translation>Para confirmar, escriba el nombre tal como aparece aquí: %1</translation>
    </message>
    <message>
        <source>The debtor&apos;s name, to confirm</source>
        <translation>El nombre del deudor, para confirmar</translation>
    </message>
    <message>
        <source>Name, to confirm:</source>
        <translation>Nombre, para confirmar:</translation>
    </message>
    <message>
        <source>Required, e.g. the person&apos;s request of 20 November, by e-mail</source>
        <translation>Obligatorio, p. ej., la solicitud de la persona del 20 de noviembre, por correo electrónico</translation>
    </message>
    <message>
        <source>E&amp;xport the data first…</source>
        <translation>E&amp;xportar antes los datos…</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Borrar definitivamente</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>What became of the letter</source>
        <translation>Qué pasó con la carta</translation>
    </message>
    <message>
        <source>The letter was:</source>
        <translation>La carta fue:</translation>
    </message>
    <message>
        <source>Proof of delivery, the returned envelope, the report of service</source>
        <translation>Acuse de recibo, sobre devuelto, certificado de entrega</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Receipts:</source>
        <translation>Justificantes:</translation>
    </message>
</context>
<context>
    <name>DetailsTab</name>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>People to speak to</source>
        <translation>Personas de contacto</translation>
    </message>
    <message>
        <source>Tax ID: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <source>Country: %1 · language of letters: %2 · currency: %3 · time zone: %4</source>
        <translation>País: %1 · idioma de las cartas: %2 · moneda: %3 · zona horaria: %4</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Phone: %1 · e-mail: %2</source>
        <translation>Teléfono: %1 · correo electrónico: %2</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Archived on %1: %2</source>
        <translation>Archivado el %1: %2</translation>
    </message>
    <message>
        <source>No agreement recorded yet.</source>
        <translation>Aún no hay ningún acuerdo registrado.</translation>
    </message>
    <message>
        <source>Signed on %1: %2. Pay within %3 days; late interest %4 a year; %5 per late invoice.</source>
        <translation>Firmado el %1: %2. Pago a %3 días; interés de demora del %4 anual; recargo de %5 por factura atrasada.</translation>
    </message>
</context>
<context>
    <name>DisputeBox</name>
    <message>
        <source>The debtor disputes the debt</source>
        <translation>El deudor impugna la deuda</translation>
    </message>
    <message>
        <source>Why, as they put it: e.g. the goods arrived damaged</source>
        <translation>Por qué, con sus palabras: p. ej., la mercancía llegó dañada</translation>
    </message>
    <message>
        <source>None checked: the dispute is about the whole debt.</source>
        <translation>Ninguna marcada: la impugnación afecta a toda la deuda.</translation>
    </message>
    <message>
        <source>Only if the debtor names an amount</source>
        <translation>Solo si el deudor indica un importe</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation>Facturas:</translation>
    </message>
    <message>
        <source>Amount disputed (if named):</source>
        <translation>Importe impugnado (si lo indica):</translation>
    </message>
    <message>
        <source>invoices %1</source>
        <translation>facturas %1</translation>
    </message>
    <message>
        <source>the whole debt</source>
        <translation>toda la deuda</translation>
    </message>
    <message>
        <source>Disputed since %1: %2 — %3</source>
        <translation>Impugnación desde el %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <source>Record a dispute</source>
        <translation>Registrar una impugnación</translation>
    </message>
    <message>
        <source>The invoices checked are marked disputed until the dispute is resolved; they are still claimed, and reminders and promises about them wait.</source>
        <translation>Las facturas marcadas quedan como impugnadas hasta que se resuelva la impugnación; se siguen reclamando, y los recordatorios y las promesas sobre ellas quedan en espera.</translation>
    </message>
</context>
<context>
    <name>DisputeDialogs</name>
    <message>
        <source>Withdrawn: the debtor accepts the debt</source>
        <translation>Retirada: el deudor acepta la deuda</translation>
    </message>
    <message>
        <source>Upheld: the debtor was right</source>
        <translation>Estimada: el deudor tenía razón</translation>
    </message>
    <message>
        <source>Settled: we met halfway</source>
        <translation>Pactada: cada parte cedió algo</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Returned to the sender</source>
        <translation>Devuelta al remitente</translation>
    </message>
    <message>
        <source>Refused by the addressee</source>
        <translation>Rehusada por el destinatario</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Attach &amp;files to the debtor…</source>
        <translation>Adjuntar &amp;archivos al deudor…</translation>
    </message>
    <message>
        <source>Keep documents with the debtor (Ctrl+Shift+F); or drop files on this panel</source>
        <translation>Guardar documentos con el deudor (Ctrl+Mayús+F); o suelte archivos en este panel</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Keep documents with the selected invoice; or drop files on its row</source>
        <translation>Guardar documentos con la factura seleccionada; o suelte archivos en su fila</translation>
    </message>
    <message>
        <source>Keep documents with the agreement</source>
        <translation>Guardar documentos con el acuerdo</translation>
    </message>
    <message>
        <source>Attach files to the contact…</source>
        <translation>Adjuntar archivos al contacto…</translation>
    </message>
    <message>
        <source>Keep documents with the call, e-mail, letter, visit or message of the selected entry</source>
        <translation>Guardar documentos con la llamada, el correo, la carta, la visita o el mensaje de la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected document (Enter)</source>
        <translation>Abrir el documento seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Attached to %1: %2.</source>
        <translation>Adjuntado (%1): %2.</translation>
    </message>
    <message>
        <source>Already kept with %1: %2.</source>
        <translation>Ya guardado (%1): %2.</translation>
    </message>
    <message>
        <source>Attach files to %1</source>
        <translation>Adjuntar archivos (%1)</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Abrir documento</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: no program that opens this kind of file is installed.</source>
        <translation>«%1» no se puede abrir: no hay instalado ningún programa que abra este tipo de archivo.</translation>
    </message>
    <message>
        <source>A copy is in this folder; open it from there with a program that can read it:
%1</source>
        <translation>Hay una copia en esta carpeta; ábrala desde ahí con un programa que pueda leerla:
%1</translation>
    </message>
    <message>
        <source>&amp;Copy the folder&apos;s path</source>
        <translation>&amp;Copiar la ruta de la carpeta</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>✓ intact</source>
        <translation>✓ intacta</translation>
    </message>
    <message>
        <source>✗ missing from the data folder</source>
        <translation>✗ falta en la carpeta de datos</translation>
    </message>
    <message>
        <source>✗ changed since it was added</source>
        <translation>✗ cambiada desde que se añadió</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>factura %1</translation>
    </message>
    <message>
        <source>agreement of %1</source>
        <translation>acuerdo del %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>the debtor</source>
        <translation>el deudor</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>No documents yet. Drop files on this panel, or use Attach files…</source>
        <translation>Aún no hay documentos. Suelte archivos en este panel o use Adjuntar archivos…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the selected document with this computer&apos;s viewer (Enter)</source>
        <translation>Abrir el documento seleccionado con el visor de este equipo (Intro)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Pertenece a</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Stored copy</source>
        <translation>Copia guardada</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <source>End the call</source>
        <translation>Terminar la llamada</translation>
    </message>
    <message>
        <source>One line: what happened, what was agreed</source>
        <translation>Una línea: qué ha pasado y qué se ha acordado</translation>
    </message>
    <message>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <source>End and save</source>
        <translation>Terminar y guardar</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>Next action on:</source>
        <translation>Próxima acción el:</translation>
    </message>
    <message>
        <source>A promise cannot fall due before today.</source>
        <translation>Una promesa no puede vencer antes de hoy.</translation>
    </message>
    <message>
        <source>Check the plan&apos;s figures.</source>
        <translation>Revise las cifras del plan.</translation>
    </message>
    <message>
        <source>A promise needs an amount above zero.</source>
        <translation>Una promesa de pago necesita un importe mayor que cero.</translation>
    </message>
    <message>
        <source>Say why the debtor disputes the debt.</source>
        <translation>Indique por qué el deudor impugna la deuda.</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <source>&amp;Settings: your business…</source>
        <translation>&amp;Configuración: su empresa…</translation>
    </message>
    <message>
        <source>&amp;New debtor…</source>
        <translation>&amp;Nuevo deudor…</translation>
    </message>
    <message>
        <source>&amp;Edit debtor details…</source>
        <translation>&amp;Editar datos del deudor…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archivar…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Añadir &amp;persona…</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Editar persona…</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <source>Add a&amp;greement…</source>
        <translation>Añadir a&amp;cuerdo…</translation>
    </message>
    <message>
        <source>Correct agreement…</source>
        <translation>Corregir acuerdo…</translation>
    </message>
    <message>
        <source>Add &amp;invoice…</source>
        <translation>Añadir &amp;factura…</translation>
    </message>
    <message>
        <source>Correct invoice…</source>
        <translation>Corregir factura…</translation>
    </message>
    <message>
        <source>Credit note…</source>
        <translation>Nota de crédito…</translation>
    </message>
    <message>
        <source>Dispute or write off…</source>
        <translation>Marcar impugnada o incobrable…</translation>
    </message>
    <message>
        <source>Record &amp;payment…</source>
        <translation>Registrar pa&amp;go…</translation>
    </message>
    <message>
        <source>Correct payment…</source>
        <translation>Corregir pago…</translation>
    </message>
    <message>
        <source>Reverse payment…</source>
        <translation>Anular pago…</translation>
    </message>
    <message>
        <source>Record &amp;dispute…</source>
        <translation>Registrar &amp;impugnación…</translation>
    </message>
    <message>
        <source>Resolve dispute…</source>
        <translation>Resolver impugnación…</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>Registrar entrega…</translation>
    </message>
    <message>
        <source>Record &amp;reply…</source>
        <translation>Registrar &amp;respuesta…</translation>
    </message>
    <message>
        <source>The debtor&apos;s reply to a summary or letter, or that none came; or drop the .eml here</source>
        <translation>La respuesta del deudor a un resumen o una carta, o que no llegó ninguna; o arrastrar aquí el archivo .eml</translation>
    </message>
    <message>
        <source>&amp;Offers calculator: a plan…</source>
        <translation>Calculadora de &amp;ofertas: un plan…</translation>
    </message>
    <message>
        <source>Back to the &amp;list…</source>
        <translation>Volver a la &amp;lista…</translation>
    </message>
    <message>
        <source>Stop offering %1 to call? Past calls keep their name, and the record keeps the change.</source>
        <translation>¿Dejar de proponer a %1 como persona a la que llamar? Las llamadas anteriores conservan su nombre y el cambio queda en el registro.</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Registrar respuesta</translation>
    </message>
    <message>
        <source>The debtor disputes what we sent. Record the dispute now (which invoices, and why)?</source>
        <translation>El deudor impugna lo que le enviamos. ¿Registrar ahora la impugnación (qué facturas y por qué)?</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <source>Entry %1 of the record</source>
        <translation>Anotación %1 del registro</translation>
    </message>
    <message>
        <source>happened %1</source>
        <translation>ocurrió el %1</translation>
    </message>
    <message>
        <source>recorded %1</source>
        <translation>registrada el %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Correct this entry; the original stays</source>
        <translation>Corregir esta anotación; el original se conserva</translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>reminders</source>
        <translation>recordatorios</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>formal demand</source>
        <translation>requerimiento formal</translation>
    </message>
    <message>
        <source>agency or lawyer</source>
        <translation>agencia o abogado</translation>
    </message>
    <message>
        <source>court</source>
        <translation>vía judicial</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>esperar</translation>
    </message>
    <message>
        <source>send a reminder</source>
        <translation>enviar un recordatorio</translation>
    </message>
    <message>
        <source>call</source>
        <translation>llamar</translation>
    </message>
    <message>
        <source>offer to settle for less</source>
        <translation>ofrecer un acuerdo con quita</translation>
    </message>
    <message>
        <source>check that the payment came</source>
        <translation>comprobar que ha llegado el pago</translation>
    </message>
    <message>
        <source>send a formal demand</source>
        <translation>enviar un requerimiento formal</translation>
    </message>
    <message>
        <source>hand it to a collection agency</source>
        <translation>pasarlo a una agencia de cobros</translation>
    </message>
    <message>
        <source>consult a lawyer</source>
        <translation>consultar a un abogado</translation>
    </message>
    <message>
        <source>consider a claim at court</source>
        <translation>valorar una reclamación judicial</translation>
    </message>
    <message>
        <source>nothing is overdue yet</source>
        <translation>aún no hay nada vencido</translation>
    </message>
    <message>
        <source>overdue and no reminder sent</source>
        <translation>vencido y sin recordatorio enviado</translation>
    </message>
    <message>
        <source>30 days after the last reminder</source>
        <translation>30 días después del último recordatorio</translation>
    </message>
    <message>
        <source>reminders went unanswered</source>
        <translation>los recordatorios no tuvieron respuesta</translation>
    </message>
    <message>
        <source>a week after the last call or visit</source>
        <translation>una semana después de la última llamada o visita</translation>
    </message>
    <message>
        <source>overdue more than 120 days</source>
        <translation>vencido hace más de 120 días</translation>
    </message>
    <message>
        <source>they refused to pay</source>
        <translation>se negó a pagar</translation>
    </message>
    <message>
        <source>the day after the promised date</source>
        <translation>el día siguiente a la fecha prometida</translation>
    </message>
    <message>
        <source>the day after the next instalment</source>
        <translation>el día siguiente a la próxima cuota</translation>
    </message>
    <message>
        <source>a promise was broken</source>
        <translation>se incumplió una promesa</translation>
    </message>
    <message>
        <source>an instalment was missed</source>
        <translation>quedó impagada una cuota</translation>
    </message>
    <message>
        <source>15 days after the formal demand</source>
        <translation>15 días después del requerimiento formal</translation>
    </message>
    <message>
        <source>if the agency or lawyer recovers nothing</source>
        <translation>si la agencia o el abogado no recuperan nada</translation>
    </message>
    <message>
        <source>Stage: %1 · nothing is owed</source>
        <translation>Etapa: %1 · no se debe nada</translation>
    </message>
    <message>
        <source>Stage: %1 · next: %2 on %3 (%4)</source>
        <translation>Etapa: %1 · siguiente: %2 el %3 (%4)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export packet: %1</source>
        <translation>Exportar paquete de documentación: %1</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Todo el registro</translation>
    </message>
    <message>
        <source>or from</source>
        <translation>o desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>A lawyer or a collection agency</source>
        <translation>Un abogado o una agencia de cobros</translation>
    </message>
    <message>
        <source>Spain: proceso monitorio</source>
        <translation>España: proceso monitorio</translation>
    </message>
    <message>
        <source>Greece: payment order (διαταγή πληρωμής)</source>
        <translation>Grecia: requerimiento de pago (διαταγή πληρωμής)</translation>
    </message>
    <message>
        <source>United States: small claims court</source>
        <translation>EE. UU.: tribunal de reclamos menores (small claims)</translation>
    </message>
    <message>
        <source>Include the attached documents as exhibits</source>
        <translation>Incluir los documentos adjuntos como anexos</translation>
    </message>
    <message>
        <source>e.g. Owner, Office manager</source>
        <translation>p. ej. Gerente, Responsable de administración</translation>
    </message>
    <message>
        <source>Done: the packet has %1 pages.
Chain head: %2</source>
        <translation>Hecho: el expediente tiene %1 páginas.
Cabeza de la cadena: %2</translation>
    </message>
    <message>
        <source>Something went wrong inside callnotes; the packet was not written.
%1</source>
        <translation>Algo falló dentro de callnotes; el expediente no se ha escrito.
%1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Decl&amp;arant&apos;s role:</source>
        <translation>Car&amp;go del declarante:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Fo&amp;r:</source>
        <translation>Pa&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>No program to open PDF files was found. The file is at:
%1
Open folder shows it.</source>
        <translation>No se encontró ningún programa para abrir archivos PDF. El archivo está en:
%1
Abrir carpeta lo muestra.</translation>
    </message>
    <message>
        <source>No program to show folders was found. The filing copy is at:
%1</source>
        <translation>No se encontró ningún programa para mostrar carpetas. La copia para presentar está en:
%1</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Se han enviado %1 páginas a la impresora.</translation>
    </message>
</context>
<context>
    <name>ExportOutputs</name>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>general</source>
        <comment>file name: a packet for a lawyer or a collection agency</comment>
        <translation>general</translation>
    </message>
    <message>
        <source>monitorio</source>
        <comment>file name: Spain&apos;s proceso monitorio</comment>
        <translation>monitorio</translation>
    </message>
    <message>
        <source>payment-order</source>
        <comment>file name: Greece&apos;s payment order</comment>
        <translation>requerimiento-pago</translation>
    </message>
    <message>
        <source>small-claims</source>
        <comment>file name: a US small claims court</comment>
        <translation>reclamacion-menor</translation>
    </message>
    <message>
        <source>filing</source>
        <comment>file name: the copy filed at the court portal</comment>
        <translation>copia-presentar</translation>
    </message>
    <message>
        <source>evidence</source>
        <comment>file name: the evidence copy, for the lawyer</comment>
        <translation>copia-probatoria</translation>
    </message>
    <message>
        <source>documents</source>
        <comment>folder name: one file per document</comment>
        <translation>documentos</translation>
    </message>
    <message>
        <source>Save the filing copy as</source>
        <translation>Guardar la copia para presentar como</translation>
    </message>
    <message>
        <source>Fi&amp;ling copy (PDF/A, for the court portal):</source>
        <translation>Copia para &amp;presentar (PDF/A, para el portal judicial):</translation>
    </message>
    <message>
        <source>Also write an e&amp;vidence copy (with the journal and checker attached, for the lawyer)</source>
        <translation>Escribir también una copia pro&amp;batoria (con el registro y el comprobador adjuntos, para el abogado)</translation>
    </message>
    <message>
        <source>Save the evidence copy as</source>
        <translation>Guardar la copia probatoria como</translation>
    </message>
    <message>
        <source>One file per &amp;document (for LexNET)</source>
        <translation>Un archivo por &amp;documento (para LexNET)</translation>
    </message>
    <message>
        <source>Folder for one file per document</source>
        <translation>Carpeta para un archivo por documento</translation>
    </message>
    <message>
        <source>Give the filing copy a file name.</source>
        <translation>Dé un nombre de archivo a la copia para presentar.</translation>
    </message>
    <message>
        <source>Give the evidence copy a file name, or leave it out.</source>
        <translation>Dé un nombre de archivo a la copia probatoria, o no la genere.</translation>
    </message>
    <message>
        <source>Choose a folder for the files of each document, or leave them out.</source>
        <translation>Elija una carpeta para los archivos de cada documento, o no los genere.</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Reemplazar archivos?</translation>
    </message>
    <message>
        <source>These files are already there:
%1
Replace them?</source>
        <translation>Estos archivos ya existen:
%1
¿Desea reemplazarlos?</translation>
    </message>
</context>
<context>
    <name>ExportResults</name>
    <message>
        <source>Filing copy</source>
        <translation>Copia para presentar</translation>
    </message>
    <message>
        <source>Evidence copy</source>
        <translation>Copia probatoria</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>Exhibit %1, %2: its fonts are not embedded, so it is reproduced as images of its pages. Save it again as PDF/A from the program that made it, attach the new file and export again.</source>
        <translation>Anexo %1, %2: sus fuentes no están incrustadas, así que se reproduce como imágenes de sus páginas. Guárdelo de nuevo como PDF/A desde el programa que lo creó, adjunte el archivo nuevo y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2: it uses printing-press (CMYK) colours without a colour profile, so it is reproduced as images of its pages. Save it again as PDF/A from the program or scanner that made it, attach the new file and export again.</source>
        <translation>Anexo %1, %2: usa colores de imprenta (CMYK) sin perfil de color, así que se reproduce como imágenes de sus páginas. Guárdelo de nuevo como PDF/A desde el programa o el escáner que lo creó, adjunte el archivo nuevo y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2: the file is damaged, so its pages are reproduced as images as well as they could be. Ask the sender for the file again, or print and scan the original; attach the new file and export again.</source>
        <translation>Anexo %1, %2: el archivo está dañado, así que sus páginas se reproducen como imágenes lo mejor posible. Pida de nuevo el archivo a quien lo envió, o imprima y escanee el original; adjunte el archivo nuevo y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2: it contains something a PDF/A file may not (such as scripts or form fields), so it is reproduced as images of its pages. Save it again as PDF/A from the program that made it, attach the new file and export again.</source>
        <translation>Anexo %1, %2: contiene algo que un PDF/A no admite (como scripts o campos de formulario), así que se reproduce como imágenes de sus páginas. Guárdelo de nuevo como PDF/A desde el programa que lo creó, adjunte el archivo nuevo y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, is not in the packet: its stored copy is no longer in the data folder. Restore the data folder from a backup and export again.</source>
        <translation>El anexo %1, %2, no está en el expediente: su copia guardada ya no está en la carpeta de datos. Restaure la carpeta de datos desde una copia de seguridad y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, is not in the packet: its stored copy no longer matches the file that was added. Restore the data folder from a backup and export again.</source>
        <translation>El anexo %1, %2, no está en el expediente: su copia guardada ya no coincide con el archivo que se añadió. Restaure la carpeta de datos desde una copia de seguridad y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, is not in the packet: it could not be read (%3). Attach a readable copy and export again.</source>
        <translation>El anexo %1, %2, no está en el expediente: no se pudo leer (%3). Adjunte una copia legible y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, is not in the packet: a file of type %3 cannot be shown in a PDF. Attach it as a PDF, JPEG or PNG and export again.</source>
        <translation>El anexo %1, %2, no está en el expediente: un archivo de tipo %3 no se puede mostrar en un PDF. Adjúntelo como PDF, JPEG o PNG y vuelva a exportar.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 per file %4 usually accepts. Attach a smaller copy of this document (such as a scan at a lower resolution), or leave it out.</source>
        <translation>%1 ocupa %2, más de los %3 por archivo que %4 suele aceptar. Adjunte una copia más pequeña de este documento (por ejemplo, escaneada a menor resolución) o déjelo fuera.</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 per file %4 usually accepts. Use one file per document, or leave large exhibits out.</source>
        <translation>%1 ocupa %2, más de los %3 por archivo que %4 suele aceptar. Use un archivo por documento o deje fuera los anexos grandes.</translation>
    </message>
    <message>
        <source>The statutory interest for the half-year starting %1 uses the latest earlier rate: the rate table has none for it.</source>
        <translation>Los intereses legales del semestre que empieza el %1 usan el último tipo anterior: la tabla de tipos no tiene ninguno para él.</translation>
    </message>
    <message>
        <source>The statutory interest for the half-years starting %1 uses the latest earlier rate: the rate table has none for them.</source>
        <translation>Los intereses legales de los semestres que empiezan el %1 usan el último tipo anterior: la tabla de tipos no tiene ninguno para ellos.</translation>
    </message>
    <message>
        <source>Check the ECB rate and add it to your copy of the table, %1, then export again.</source>
        <translation>Consulte el tipo del BCE, añádalo a su copia de la tabla, %1, y vuelva a exportar.</translation>
    </message>
    <message>
        <source>Check the ECB rate and add it to the table: copy the table that ships with callnotes, %2, into the data folder as %1 and edit it (your copy replaces the shipped table), then export again.</source>
        <translation>Consulte el tipo del BCE y añádalo a la tabla: copie la tabla que incluye callnotes, %2, en la carpeta de datos como %1 y edítela (su copia sustituye a la incluida); después vuelva a exportar.</translation>
    </message>
    <message>
        <source>Together the %1 files are %2, more than the %3 per submission %4 usually accepts. File them in more than one submission, or leave large exhibits out.</source>
        <translation>En conjunto los %1 archivos ocupan %2, más de los %3 por envío que %4 suele aceptar. Preséntelos en más de un envío o deje fuera los anexos grandes.</translation>
    </message>
    <message>
        <source>Amount claimed: %1 (invoices %2).</source>
        <translation>Importe reclamado: %1 (facturas %2).</translation>
    </message>
    <message>
        <source>Amount claimed: %1.</source>
        <translation>Importe reclamado: %1.</translation>
    </message>
    <message>
        <source>Not claimed because not yet due: %1 (invoices %2).</source>
        <translation>No reclamado por no haber vencido aún: %1 (facturas %2).</translation>
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
        <translation>Añadir a las notas: %1</translation>
    </message>
    <message>
        <source>OWED %1</source>
        <translation>DEUDA %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>a fecha de %1</translation>
    </message>
    <message>
        <source>invoices %1 · interest %2 · fees %3</source>
        <translation>facturas %1 · intereses %2 · recargos %3</translation>
    </message>
    <message>
        <source>credit −%1</source>
        <translation>saldo a favor −%1</translation>
    </message>
    <message>
        <source>Total owed %1 as of %2 (%3)</source>
        <translation>Deuda total %1 a fecha de %2 (%3)</translation>
    </message>
    <message>
        <source>Total owed</source>
        <translation>Deuda total</translation>
    </message>
    <message>
        <source>⚠ DISPUTED</source>
        <translation>⚠ IMPUGNACIÓN</translation>
    </message>
    <message>
        <source>invoices %1</source>
        <translation>facturas %1</translation>
    </message>
    <message>
        <source>the whole debt</source>
        <translation>toda la deuda</translation>
    </message>
    <message>
        <source>since %1: %2 — %3</source>
        <translation>desde el %1: %2 — %3</translation>
    </message>
    <message>
        <source>OPEN INVOICES</source>
        <translation>FACTURAS PENDIENTES</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 días de retraso</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>aún no vencida</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Invoice %1, %2, issued %3, due %4 (%5)</source>
        <translation>Factura %1, %2, emitida el %3, vencimiento %4 (%5)</translation>
    </message>
    <message>
        <source>(delivered %1)</source>
        <translation>(entregado el %1)</translation>
    </message>
    <message>
        <source>… and %1 more open invoices, %2 in all</source>
        <translation>… y %1 facturas pendientes más, %2 en total</translation>
    </message>
    <message>
        <source>No open invoices.</source>
        <translation>No hay facturas pendientes.</translation>
    </message>
    <message>
        <source>AGREEMENT</source>
        <translation>ACUERDO</translation>
    </message>
    <message>
        <source>%1 · %2 days · %3 % a year</source>
        <translation>%1 · %2 días · %3 % anual</translation>
    </message>
    <message>
        <source>fee %1 per late invoice</source>
        <translation>recargo de %1 por factura atrasada</translation>
    </message>
    <message>
        <source>Agreement of %1: %2</source>
        <translation>Acuerdo del %1: %2</translation>
    </message>
    <message>
        <source>PROMISES</source>
        <translation>PROMESAS</translation>
    </message>
    <message>
        <source>%1 %2 by %3 (%4)</source>
        <translation>%1 %2 para el %3 (%4)</translation>
    </message>
    <message>
        <source>%1 paid</source>
        <translation>%1 pagados</translation>
    </message>
    <message>
        <source>Promise: %1</source>
        <translation>Promesa: %1</translation>
    </message>
    <message>
        <source>No promises yet.</source>
        <translation>Aún no hay promesas.</translation>
    </message>
    <message>
        <source>LAST CONTACTS</source>
        <translation>ÚLTIMOS CONTACTOS</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Aún no hay contactos.</translation>
    </message>
    <message>
        <source>HISTORY</source>
        <translation>HISTORIAL</translation>
    </message>
    <message>
        <source>usually pays on time</source>
        <translation>suele pagar a tiempo</translation>
    </message>
    <message>
        <source>sometimes pays late</source>
        <translation>a veces paga tarde</translation>
    </message>
    <message>
        <source>habitually pays late</source>
        <translation>paga tarde habitualmente</translation>
    </message>
    <message>
        <source>no payment history yet</source>
        <translation>aún sin historial de pagos</translation>
    </message>
    <message>
        <source>paid invoices settled %1 days after due</source>
        <translation>las facturas pagadas se saldaron %1 días después del vencimiento</translation>
    </message>
    <message>
        <source>%1 × %2 days × %3 / 365 = %4</source>
        <translation>%1 × %2 días × %3 / 365 = %4</translation>
    </message>
    <message>
        <source>(rate assumed: not in the table)</source>
        <translation>(tipo supuesto: no figura en la tabla)</translation>
    </message>
    <message>
        <source>STATUTORY LATE-PAYMENT INTEREST</source>
        <translation>INTERÉS DE DEMORA LEGAL</translation>
    </message>
    <message>
        <source>The rate table cannot be read.</source>
        <translation>No se puede leer la tabla de tipos.</translation>
    </message>
    <message>
        <source>No invoice is late.</source>
        <translation>No hay facturas en mora.</translation>
    </message>
    <message>
        <source>interest %1 · compensation %2 (late invoices: %3)</source>
        <translation>intereses %1 · indemnización %2 (facturas pagadas tarde: %3)</translation>
    </message>
    <message>
        <source>Statutory late-payment interest %1 and compensation %2 (late invoices: %3), as of %4</source>
        <translation>Interés de demora legal %1 e indemnización %2 (facturas pagadas tarde: %3), a %4</translation>
    </message>
    <message>
        <source>Compensation %1 (late invoices: %2), as of %3</source>
        <translation>Indemnización %1 (facturas pagadas tarde: %2), a %3</translation>
    </message>
    <message>
        <source>%1: interest %2 + compensation %3</source>
        <translation>%1: intereses %2 + indemnización %3</translation>
    </message>
    <message>
        <source>The agreed rate governs: the statutory interest is not claimed.</source>
        <translation>Se aplica el tipo pactado: no se reclama el interés de demora legal.</translation>
    </message>
    <message>
        <source>No reference rate for the half-year from %1: the latest earlier one is used.</source>
        <translation>No hay tipo de referencia para el semestre que empieza el %1: se aplica el último anterior.</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>part-kept</source>
        <translation>cumplida en parte</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Acuerdo con quita</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 %2 of %3, agreed %4 (%5)</source>
        <translation>%1 %2 de %3, acordado el %4 (%5)</translation>
    </message>
    <message>
        <source>Plan: %1: %2</source>
        <translation>Plan: %1: %2</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>al corriente</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>part-paid</source>
        <translation>pagada en parte</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>impagada</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>por vencer</translation>
    </message>
</context>
<context>
    <name>FileList</name>
    <message>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Something went wrong inside callnotes; nothing was saved. %1</source>
        <translation>Algo ha fallado en callnotes; no se ha guardado nada. %1</translation>
    </message>
    <message>
        <source>Close without saving what you typed?</source>
        <translation>¿Cerrar sin guardar lo que ha escrito?</translation>
    </message>
</context>
<context>
    <name>GuardDialog</name>
    <message>
        <source>Before you contact them</source>
        <translation>Antes de contactar</translation>
    </message>
    <message>
        <source>callnotes found reasons to wait:</source>
        <translation>callnotes ha encontrado motivos para esperar:</translation>
    </message>
    <message>
        <source>To go ahead anyway, say why (it is kept in the record):</source>
        <translation>Para seguir de todos modos, indique el motivo (se guarda en el registro):</translation>
    </message>
    <message>
        <source>e.g. they asked me to call at this time</source>
        <translation>p. ej., me pidió que llamara a esta hora</translation>
    </message>
    <message>
        <source>Type the reason to go ahead, or press Esc to cancel.</source>
        <translation>Escriba el motivo para seguir, o pulse Esc para cancelar.</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Last conversation earlier today (the interval is %1 days)</source>
        <translation>Última conversación hoy mismo (el intervalo es de %1 días)</translation>
    </message>
    <message>
        <source>Last conversation yesterday (the interval is %1 days)</source>
        <translation>Última conversación ayer (el intervalo es de %1 días)</translation>
    </message>
    <message>
        <source>Last conversation %1 days ago, on %2 (the interval is %3 days)</source>
        <translation>Última conversación hace %1 días, el %2 (el intervalo es de %3 días)</translation>
    </message>
    <message>
        <source>Already %1 calls or visits in the last %2 days; more than %3 is presumed harassment</source>
        <translation>Ya hay %1 llamadas o visitas en los últimos %2 días; más de %3 se presume acoso</translation>
    </message>
    <message>
        <source>Their local time is %1 %2 (%3), outside %4 on weekdays</source>
        <translation>Su hora local es %1 %2 (%3), fuera del horario %4 de lunes a viernes</translation>
    </message>
    <message>
        <source>Their local time is %1 (%2), outside %3</source>
        <translation>Su hora local es %1 (%2), fuera del horario %3</translation>
    </message>
    <message>
        <source>A call or visit was already made on %1; the rule allows one in %2 days</source>
        <translation>Ya hubo una llamada o visita el %1; la norma permite una cada %2 días</translation>
    </message>
    <message>
        <source>A dispute raised on %1 is still open: %2</source>
        <translation>Sigue abierta una impugnación planteada el %1: %2</translation>
    </message>
</context>
<context>
    <name>HistoryBox</name>
    <message>
        <source>Select a line to see its history: what was recorded, and every change.</source>
        <translation>Seleccione una línea para ver su historial: lo que se registró y cada cambio.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Correct the selected entry; the original stays (Ctrl+Shift+A)</source>
        <translation>Corregir la anotación seleccionada; el original se conserva (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Read…</source>
        <translation>&amp;Leer…</translation>
    </message>
    <message>
        <source>Read the whole of the selected entry (Enter)</source>
        <translation>Leer entera la anotación seleccionada (Intro)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Ocurrió</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import invoices</source>
        <translation>Importar facturas</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>UTF-8 (usual)</source>
        <translation>UTF-8 (lo habitual)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (griego)</translation>
    </message>
    <message>
        <source>ISO-8859-7 (Greek)</source>
        <translation>ISO-8859-7 (griego)</translation>
    </message>
    <message>
        <source>Other: map the columns</source>
        <translation>Otro: indicar las columnas</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>Exportado por:</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the exported file</source>
        <translation>Elija el archivo exportado</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Recognised as an export of %1.</source>
        <translation>Reconocido como exportación de %1.</translation>
    </message>
    <message>
        <source>Not an export callnotes knows: map its columns in the next step.</source>
        <translation>callnotes no reconoce esta exportación: indique sus columnas en el paso siguiente.</translation>
    </message>
    <message>
        <source>%1 rows; the first ones are shown as read.</source>
        <translation>%1 filas; se muestran las primeras tal como se leen.</translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation>Elija una columna para: %1.</translation>
    </message>
    <message>
        <source>Nothing can be imported until these rows are corrected in the file.</source>
        <translation>No se puede importar nada hasta corregir estas filas en el archivo.</translation>
    </message>
    <message>
        <source>Nothing new: everything in this file is already in your books.</source>
        <translation>Nada nuevo: todo lo de este archivo ya está en sus cuentas.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds all of this at once.</source>
        <translation>Todavía no se ha guardado nada. Importar lo añade todo de una vez.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <source>Correct invoice %1</source>
        <translation>Corregir la factura %1</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Fecha de emisión:</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Vencimiento:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Importe (%1):</translation>
    </message>
    <message>
        <source>Goods or services delivered:</source>
        <translation>Bienes o servicios entregados:</translation>
    </message>
    <message>
        <source>Delivered on:</source>
        <translation>Entregado el:</translation>
    </message>
    <message>
        <source>Invoice, delivery note:</source>
        <translation>Factura, albarán:</translation>
    </message>
    <message>
        <source>The invoice as recorded stays in the record; the correction is added with its reason.</source>
        <translation>La factura tal como se registró se conserva en el registro; la corrección se añade con su motivo.</translation>
    </message>
    <message>
        <source>Required, e.g. the amount was typed wrong</source>
        <translation>Obligatorio; p. ej., importe mal tecleado</translation>
    </message>
    <message>
        <source>%1 days after the issue date</source>
        <translation>%1 días después de la emisión</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>call</source>
        <translation>llamada</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>contactado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no contesta</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>número equivocado</translation>
    </message>
    <message>
        <source>refused to pay</source>
        <translation>se niega a pagar</translation>
    </message>
    <message>
        <source>disputes the debt</source>
        <translation>impugna la deuda</translation>
    </message>
    <message>
        <source>promise to pay</source>
        <translation>promesa de pago</translation>
    </message>
    <message>
        <source>plan agreed</source>
        <translation>plan de pagos acordado</translation>
    </message>
    <message>
        <source>call back later</source>
        <translation>volver a llamar</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>returned to the sender</source>
        <translation>devuelto al remitente</translation>
    </message>
    <message>
        <source>refused by the addressee</source>
        <translation>rehusado por el destinatario</translation>
    </message>
    <message>
        <source>received from the debtor</source>
        <translation>recibido del deudor</translation>
    </message>
    <message>
        <source>met the debtor</source>
        <translation>se vio al deudor</translation>
    </message>
    <message>
        <source>nobody there</source>
        <translation>no había nadie</translation>
    </message>
    <message>
        <source>they replied</source>
        <translation>respondieron</translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>question asked</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>debtor said</source>
        <translation>palabras del deudor</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>third party</source>
        <translation>contestó un tercero</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>agreed terms</source>
        <translation>condiciones acordadas</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>adjunto</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>dispute resolved</source>
        <translation>impugnación resuelta</translation>
    </message>
    <message>
        <source>letter delivery</source>
        <translation>entrega de carta</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>oferta</translation>
    </message>
    <message>
        <source>went ahead despite a warning</source>
        <translation>se siguió pese a un aviso</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>impugnada</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>written off</source>
        <translation>incobrable</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>no vencido</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>más de 90 días</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>part-kept</source>
        <translation>cumplida en parte</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>al corriente</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>part-paid</source>
        <translation>pagada en parte</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>impagada</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>por vencer</translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>Promesa incumplida</translation>
    </message>
    <message>
        <source>Instalment missed</source>
        <translation>Cuota impagada</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Vence una promesa</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Toca seguimiento</translation>
    </message>
    <message>
        <source>No recent conversation</source>
        <translation>Sin conversación reciente</translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation>Toca recordatorio</translation>
    </message>
    <message>
        <source>Summary not confirmed</source>
        <translation>Resumen sin confirmar</translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message>
        <source>&amp;Write a letter…</source>
        <translation>&amp;Escribir una carta…</translation>
    </message>
    <message>
        <source>A summary, a reminder, a statement or a demand to the debtor, as e-mail or PDF (Ctrl+L)</source>
        <translation>Un resumen, un recordatorio, un extracto o un requerimiento al deudor, por correo electrónico o en PDF (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Cartas</translation>
    </message>
    <message>
        <source>Send the summary later from the debtor&apos;s Letters menu (Ctrl+L).</source>
        <translation>Puede enviar el resumen más tarde desde el menú Cartas del deudor (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Summary of the call</source>
        <translation>Resumen de la llamada</translation>
    </message>
    <message>
        <source>Overdue notice</source>
        <translation>Aviso de factura vencida</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Extracto de cuenta</translation>
    </message>
    <message>
        <source>Formal demand</source>
        <translation>Requerimiento formal</translation>
    </message>
    <message>
        <source>Summary logged as sent.</source>
        <translation>Resumen registrado como enviado.</translation>
    </message>
    <message>
        <source>Overdue notice logged as sent.</source>
        <translation>Aviso de factura vencida registrado como enviado.</translation>
    </message>
    <message>
        <source>Reminder logged as sent.</source>
        <translation>Recordatorio registrado como enviado.</translation>
    </message>
    <message>
        <source>Statement of account logged as sent.</source>
        <translation>Extracto de cuenta registrado como enviado.</translation>
    </message>
    <message>
        <source>Formal demand logged as sent.</source>
        <translation>Requerimiento formal registrado como enviado.</translation>
    </message>
    <message>
        <source>The letter&apos;s language; switching it drafts the letter again</source>
        <translation>El idioma de la carta; al cambiarlo se redacta de nuevo</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Abrir en el programa de &amp;correo</translation>
    </message>
    <message>
        <source>Write the e-mail as a draft and open it in your mail program, ready to send</source>
        <translation>Guardar el correo como borrador y abrirlo en su programa de correo, listo para enviar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the subject and the text (Ctrl+Shift+C)</source>
        <translation>Copiar el asunto y el texto (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the letter as a PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimir la carta</translation>
    </message>
    <message>
        <source>Mark as &amp;sent…</source>
        <translation>Marcar como &amp;enviada…</translation>
    </message>
    <message>
        <source>Log it in the record as sent, with the file attached (Ctrl+Enter)</source>
        <translation>Registrarla como enviada, con el archivo adjunto (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Invoice:</source>
        <translation>Factura:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation>Redactando…</translation>
    </message>
    <message>
        <source>%1 (no e-mail address on file)</source>
        <translation>%1 (sin dirección de correo registrada)</translation>
    </message>
    <message>
        <source>Record reference %1: it stays in the letter and the e-mail even if you change the text, so the debtor&apos;s copy can be checked against the record.</source>
        <translation>Referencia del registro %1: se mantiene en la carta y en el correo aunque cambie el texto, para que la copia del deudor pueda cotejarse con el registro.</translation>
    </message>
    <message>
        <source>A line such as [[table:invoices]] places a table: a real table in the PDF, aligned text in the e-mail.</source>
        <translation>Una línea como [[table:invoices]] coloca una tabla: una tabla de verdad en el PDF y texto alineado en el correo.</translation>
    </message>
    <message>
        <source>A template of yours has a mistake; the shipped one was used:</source>
        <translation>Una de sus plantillas tiene un error; se ha usado la que viene con callnotes:</translation>
    </message>
    <message>
        <source>%1 · due %2 · %3 open</source>
        <translation>%1 · vence el %2 · %3 pendiente</translation>
    </message>
    <message>
        <source>Something went wrong inside callnotes; nothing was saved. %1</source>
        <translation>Algo ha fallado dentro de callnotes; no se ha guardado nada. %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Opened in your mail program: %1</source>
        <translation>Abierto en su programa de correo: %1</translation>
    </message>
    <message>
        <source>No mail program opened it. The e-mail is saved as %1 (its path was copied): open it from your mail program, or attach it.</source>
        <translation>Ningún programa de correo lo abrió. El correo está guardado como %1 (se ha copiado la ruta): ábralo desde su programa de correo o adjúntelo.</translation>
    </message>
    <message>
        <source>The subject and the text were copied.</source>
        <translation>Se han copiado el asunto y el texto.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardada como %1</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>%1 páginas enviadas a la impresora.</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <source>we contacted them</source>
        <translation>contactamos nosotros</translation>
    </message>
    <message>
        <source>they contacted us</source>
        <translation>nos contactaron ellos</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(nadie en concreto)</translation>
    </message>
    <message>
        <source>e-mail, postal address or number used</source>
        <translation>correo, dirección postal o número utilizado</translation>
    </message>
    <message>
        <source>e.g. certified-mail number of a letter</source>
        <translation>p. ej., n.º de certificado o de burofax</translation>
    </message>
    <message>
        <source>What was sent or said</source>
        <translation>Qué se envió o se dijo</translation>
    </message>
    <message>
        <source>The day the letter was delivered, returned or refused</source>
        <translation>El día en que la carta se entregó, se devolvió o se rehusó</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Sentido:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Address or number:</source>
        <translation>Dirección o número:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Resumen:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Delivery day:</source>
        <translation>Día de entrega:</translation>
    </message>
    <message>
        <source>Next action on:</source>
        <translation>Próxima acción el:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
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
        <translation>Rea&amp;nudar la llamada</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Load &amp;example data</source>
        <translation>Cargar datos de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Import invoices…</source>
        <translation>&amp;Importar facturas…</translation>
    </message>
    <message>
        <source>E&amp;xport packet…</source>
        <translation>E&amp;xportar paquete de documentación…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Debtor</source>
        <translation>&amp;Deudor</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>&amp;Start call</source>
        <translation>&amp;Iniciar llamada</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrar contacto…</translation>
    </message>
    <message>
        <source>&amp;Wait cue after the debtor speaks</source>
        <translation>Aviso de &amp;pausa tras hablar el deudor</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>&amp;Find debtor</source>
        <translation>&amp;Buscar deudor</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Buscar en todo…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>&amp;Verify all records</source>
        <translation>&amp;Verificar todos los registros</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Agenda: who to contact today</source>
        <translation>&amp;Agenda: a quién contactar hoy</translation>
    </message>
    <message>
        <source>All &amp;debtors</source>
        <translation>Todos los &amp;deudores</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About callnotes</source>
        <translation>&amp;Acerca de callnotes</translation>
    </message>
    <message>
        <source>callnotes: unexpected error</source>
        <translation>callnotes: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside callnotes. Nothing saved was changed.

%1</source>
        <translation>Algo ha fallado en callnotes. No se ha modificado nada de lo guardado.

%1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>%1 of %2 records failed the check</source>
        <translation>%1 de %2 registros no han superado la comprobación</translation>
    </message>
    <message>
        <source>The check found %1 problems.</source>
        <translation>La comprobación ha encontrado %1 problemas.</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>Comprobación de registros</translation>
    </message>
    <message>
        <source>All %1 records are intact.</source>
        <translation>Los %1 registros están íntegros.</translation>
    </message>
    <message>
        <source>Checking every record…</source>
        <translation>Comprobando todos los registros…</translation>
    </message>
    <message>
        <source>Loading example data…</source>
        <translation>Cargando datos de ejemplo…</translation>
    </message>
    <message>
        <source>End the call to see %1 in the list.</source>
        <translation>Termine la llamada para ver %1 en la lista.</translation>
    </message>
    <message>
        <source>Start call</source>
        <translation>Iniciar llamada</translation>
    </message>
    <message>
        <source>Who do you call?</source>
        <translation>¿A quién llama?</translation>
    </message>
    <message>
        <source>Number to call:</source>
        <translation>Número al que llamar:</translation>
    </message>
    <message>
        <source>Call saved to the record.</source>
        <translation>Llamada guardada en el registro.</translation>
    </message>
    <message>
        <source>A call with %1 started at %2 was not ended (%3 lines saved).</source>
        <translation>Una llamada con %1 iniciada el %2 no se terminó (%3 líneas guardadas).</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contacto registrado.</translation>
    </message>
    <message>
        <source>Imported %1: %2 debtors, %3 invoices, %4 payments.</source>
        <translation>Importado %1: deudores %2, facturas %3, pagos %4.</translation>
    </message>
    <message>
        <source>Select a debtor to export a packet.</source>
        <translation>Seleccione un deudor para exportar su paquete de documentación.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Debtor&apos;s name</source>
        <translation>Nombre del deudor</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Número de factura</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <source>Line amount</source>
        <translation>Importe de la línea</translation>
    </message>
    <message>
        <source>Tax rate %</source>
        <translation>Tipo de impuesto %</translation>
    </message>
    <message>
        <source>Tax amount</source>
        <translation>Importe del impuesto</translation>
    </message>
    <message>
        <source>Invoice total</source>
        <translation>Total de la factura</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Importe cobrado</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Fecha de cobro</translation>
    </message>
    <message>
        <source>Say which column holds what. Fields marked * are needed; the others may stay empty. callnotes remembers this for files with the same columns.</source>
        <translation>Indique qué columna contiene cada dato. Los campos con * son necesarios; los demás pueden quedar vacíos. callnotes lo recuerda para los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <source>Dates written as:</source>
        <translation>Fechas escritas como:</translation>
    </message>
    <message>
        <source>Numbers written as:</source>
        <translation>Números escritos como:</translation>
    </message>
    <message>
        <source>Debtors&apos; country when the file does not say:</source>
        <translation>País de los deudores si el archivo no lo indica:</translation>
    </message>
</context>
<context>
    <name>NotePane</name>
    <message>
        <source>Type a line and press Enter · F1 shows every key</source>
        <translation>Escriba una línea y pulse Intro · F1 muestra todos los atajos</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>&amp;Debtor said</source>
        <translation>Palabras del &amp;deudor</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>A&amp;cuerdo</translation>
    </message>
    <message>
        <source>Commit the line as %1 (Ctrl+%2)</source>
        <translation>Guardar la línea como %1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>In call</source>
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Not saved yet: callnotes will try again</source>
        <translation>Aún no se ha guardado: callnotes lo intentará de nuevo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>OfferCalculator</name>
    <message>
        <source>Instalments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Discount for prompt payment</source>
        <translation>Descuento por pronto pago</translation>
    </message>
    <message>
        <source>Settlement for less</source>
        <translation>Acuerdo con quita</translation>
    </message>
    <message>
        <source>%1 (%2 disputed, left out)</source>
        <translation>%1 (%2 impugnados, no incluidos)</translation>
    </message>
    <message>
        <source>monthly, on the same day</source>
        <translation>mensual, el mismo día</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>cada dos semanas</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>an amount</source>
        <translation>un importe</translation>
    </message>
    <message>
        <source>a percentage of the balance</source>
        <translation>un porcentaje del saldo</translation>
    </message>
    <message>
        <source>the whole balance falls due again</source>
        <translation>vence de nuevo todo el saldo</translation>
    </message>
    <message>
        <source>the whole balance falls due, and the claim may go to a lawyer or agency</source>
        <translation>vence todo el saldo, y la deuda puede pasar a un abogado o una agencia</translation>
    </message>
    <message>
        <source>Offer:</source>
        <translation>Oferta:</translation>
    </message>
    <message>
        <source>Balance owed:</source>
        <translation>Saldo adeudado:</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Instalments:</source>
        <translation>Cuotas:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <source>First on:</source>
        <translation>Primera el:</translation>
    </message>
    <message>
        <source>Discount (%):</source>
        <translation>Descuento (%):</translation>
    </message>
    <message>
        <source>Settle for:</source>
        <translation>Acuerdo por:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Share of the balance (%):</source>
        <translation>Parte del saldo (%):</translation>
    </message>
    <message>
        <source>Paid by:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <source>If a payment is missed:</source>
        <translation>Si falta un pago:</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>The agreement, in the debtor&apos;s language (%1):</source>
        <translation>El acuerdo, en el idioma del deudor (%1):</translation>
    </message>
    <message>
        <source>A payment cannot fall due before today.</source>
        <translation>Un pago no puede vencer antes de hoy.</translation>
    </message>
    <message>
        <source>Too many instalments: at most %1, and each of at least the smallest coin.</source>
        <translation>Demasiadas cuotas: como máximo %1, y cada una de al menos la moneda más pequeña.</translation>
    </message>
    <message>
        <source>Type a percentage above 0 and below 100.</source>
        <translation>Escriba un porcentaje mayor que 0 y menor que 100.</translation>
    </message>
    <message>
        <source>A discount or a settlement is for less than the balance owed.</source>
        <translation>Un descuento o una quita es por menos del saldo adeudado.</translation>
    </message>
    <message>
        <source>Type a day in the years %1 to %2.</source>
        <translation>Escriba un día entre los años %1 y %2.</translation>
    </message>
    <message>
        <source>Total to be paid: %1</source>
        <translation>Total a pagar: %1</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offers: %1</source>
        <translation>Ofertas: %1</translation>
    </message>
    <message>
        <source>&amp;Note it in the call</source>
        <translation>&amp;Anotarla en la llamada</translation>
    </message>
    <message>
        <source>&amp;Save as the debtor&apos;s plan</source>
        <translation>&amp;Guardar como plan del deudor</translation>
    </message>
    <message>
        <source>we offer</source>
        <translation>ofrecemos nosotros</translation>
    </message>
    <message>
        <source>the debtor offers (counter-offer)</source>
        <translation>ofrece el deudor (contraoferta)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>aún sin respuesta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Quién:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Add the offer to the call&apos;s notes; an accepted offer becomes the call&apos;s plan</source>
        <translation>Añadir la oferta a las notas de la llamada; una oferta aceptada pasa a ser el plan de la llamada</translation>
    </message>
    <message>
        <source>✓ Noted in the call.</source>
        <translation>✓ Anotada en la llamada.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
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
        <translation>Registrar un pago</translation>
    </message>
    <message>
        <source>Correct a payment</source>
        <translation>Corregir un pago</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>transferencia bancaria</translation>
    </message>
    <message>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>cheque</source>
        <translation>cheque</translation>
    </message>
    <message>
        <source>direct debit</source>
        <translation>domiciliación bancaria</translation>
    </message>
    <message>
        <source>To the oldest open invoices</source>
        <translation>A las facturas pendientes más antiguas</translation>
    </message>
    <message>
        <source>To the invoices I tick</source>
        <translation>A las facturas que yo marque</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Amount to apply</source>
        <translation>Importe a aplicar</translation>
    </message>
    <message>
        <source>all that is open</source>
        <translation>todo lo pendiente</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Recibido el:</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Importe (%1):</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Forma de pago:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Apply it:</source>
        <translation>Aplicarlo:</translation>
    </message>
    <message>
        <source>The payment as recorded stays in the record, marked as no longer counting; the right one is recorded with the reason.</source>
        <translation>El pago tal como se registró se conserva en el registro, marcado como no vigente; el correcto se registra con el motivo.</translation>
    </message>
    <message>
        <source>Required, e.g. the amount was typed wrong</source>
        <translation>Obligatorio; p. ej., importe mal tecleado</translation>
    </message>
    <message>
        <source>Type the amount to see which invoices it pays.</source>
        <translation>Escriba el importe para ver qué facturas paga.</translation>
    </message>
    <message>
        <source>%1: %2, paid in full</source>
        <translation>%1: %2, pagada por completo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>It pays %1.</source>
        <translation>Paga: %1.</translation>
    </message>
    <message>
        <source>It pays no invoice.</source>
        <translation>No paga ninguna factura.</translation>
    </message>
    <message>
        <source>%1 stays as credit on the account.</source>
        <translation>%1 queda como saldo a favor.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no: reversed</source>
        <translation>no: anulado</translation>
    </message>
</context>
<context>
    <name>PercentField</name>
    <message>
        <source>Type a rate like %1.</source>
        <translation>Escriba un porcentaje como %1.</translation>
    </message>
    <message>
        <source>Type a rate of at most two decimals, like %1.</source>
        <translation>Escriba un porcentaje con dos decimales como máximo, por ejemplo %1.</translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message>
        <source>E&amp;xport this debtor&apos;s data…</source>
        <translation>E&amp;xportar los datos de este deudor…</translation>
    </message>
    <message>
        <source>Everything held on the debtor, documents included, in one ZIP file: for a data access request</source>
        <translation>Todo lo que se guarda sobre el deudor, documentos incluidos, en un archivo ZIP: para una solicitud de acceso a los datos</translation>
    </message>
    <message>
        <source>Delete this debtor&apos;s &amp;data…</source>
        <translation>Borrar los &amp;datos de este deudor…</translation>
    </message>
    <message>
        <source>Delete everything held on the debtor, on their request</source>
        <translation>Borrar todo lo que se guarda sobre el deudor, a petición suya</translation>
    </message>
    <message>
        <source>Export the data of %1</source>
        <translation>Exportar los datos de %1</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Archivo ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exporting the data of %1…</source>
        <translation>Exportando los datos de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Saved everything held on %1 in %2: the record, %3 documents and the details, as JSON.

It holds personal data: keep it safe, and send it only to the person it is about.</source>
        <translation>Guardado todo lo que se tiene sobre %1 en %2: el registro, %3 documentos y los datos, en JSON.

Contiene datos personales: guárdelo en lugar seguro y envíelo solo a la persona a quien se refiere.</translation>
    </message>
    <message>
        <source>The stored copy of these documents is missing, so they are listed without the file: %1</source>
        <translation>Falta la copia guardada de estos documentos, así que se listan sin el archivo: %1</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>Datos exportados</translation>
    </message>
    <message>
        <source>Deleted the data of %1. A note of the deletion stays, without the name.</source>
        <translation>Borrados los datos de %1. Queda una nota del borrado, sin el nombre.</translation>
    </message>
    <message>
        <source>Some documents could not be removed from the data folder: %1</source>
        <translation>Algunos documentos no se han podido quitar de la carpeta de datos: %1</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>New person to speak to</source>
        <translation>Nueva persona de contacto</translation>
    </message>
    <message>
        <source>Person&apos;s details</source>
        <translation>Datos de la persona</translation>
    </message>
    <message>
        <source>e.g. approves payments</source>
        <translation>p. ej., aprueba los pagos</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Mobile:</source>
        <translation>Móvil:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>debtor</source>
        <translation>deudor</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>fecha de emisión</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>vencimiento</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>cobrado</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Se esperaba</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Deudor</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>In your books</source>
        <translation>En sus cuentas</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <source>Imported: %1 debtors, %2 invoices, %3 payments.</source>
        <translation>Importado: deudores %1, facturas %2, pagos %3.</translation>
    </message>
    <message>
        <source>To add: %1 debtors, %2 invoices, %3 payments. Already in your books: %4.</source>
        <translation>Por añadir: deudores %1, facturas %2, pagos %3. Ya en sus cuentas: %4.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importado (%1)</translation>
    </message>
    <message>
        <source>To add (%1)</source>
        <translation>Por añadir (%1)</translation>
    </message>
    <message>
        <source>Already in your books (%1)</source>
        <translation>Ya en sus cuentas (%1)</translation>
    </message>
    <message>
        <source>Different in your books (%1)</source>
        <translation>Distinto en sus cuentas (%1)</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Fill this in.</source>
        <translation>Rellene este campo.</translation>
    </message>
    <message>
        <source>“%1” is not a valid tax ID in %2: %3.</source>
        <translation>“%1” no es un NIF válido en %2: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a number that can be dialled. Type it like %2.</source>
        <translation>“%1” no es un número al que se pueda llamar. Escríbalo como %2.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Type it like ana@example.com.</source>
        <translation>“%1” no es una dirección de correo electrónico. Escríbala como ana@example.com.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Elija un país de la lista.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR or USD.</source>
        <translation>“%1” no es un código de moneda como EUR o USD.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; choose one such as Europe/Athens.</source>
        <translation>“%1” no es una zona horaria; elija una como Europe/Madrid.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Elija un idioma de la lista.</translation>
    </message>
    <message>
        <source>Choose one of the options.</source>
        <translation>Elija una de las opciones.</translation>
    </message>
    <message>
        <source>This debtor already has invoices in %1, so the currency cannot change.</source>
        <translation>Este deudor ya tiene facturas en %1, así que la moneda no se puede cambiar.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>This is more than callnotes keeps; check the amount.</source>
        <translation>Es más de lo que callnotes admite; revise el importe.</translation>
    </message>
    <message>
        <source>This day has not come yet; type a day up to today.</source>
        <translation>Ese día aún no ha llegado; escriba una fecha hasta hoy.</translation>
    </message>
    <message>
        <source>This moment has not come yet; give the moment it happened.</source>
        <translation>Ese momento aún no ha llegado; indique cuándo ocurrió.</translation>
    </message>
    <message>
        <source>The promise was made on %1; it cannot fall due before that day.</source>
        <translation>La promesa se hizo el %1; no puede vencer antes de ese día.</translation>
    </message>
    <message>
        <source>Type a day in the years %1 to %2.</source>
        <translation>Escriba un día entre los años %1 y %2.</translation>
    </message>
    <message>
        <source>This is too long: at most %1 characters are kept (it has %2).</source>
        <translation>Es demasiado largo: se guardan como máximo %1 caracteres (tiene %2).</translation>
    </message>
    <message>
        <source>At most %1 days.</source>
        <translation>Como máximo %1 días.</translation>
    </message>
    <message>
        <source>“%1” cannot be read; choose an existing file.</source>
        <translation>No se puede leer «%1»; elija un archivo existente.</translation>
    </message>
    <message>
        <source>“%1” is %2; callnotes keeps files of up to %3. Attach a smaller copy, such as a scan at a lower resolution.</source>
        <translation>«%1» ocupa %2; callnotes guarda archivos de hasta %3. Adjunte una copia más pequeña, por ejemplo un escaneo a menor resolución.</translation>
    </message>
    <message>
        <source>The stored copy of “%1” is missing from the data folder; restore the folder from a backup.</source>
        <translation>La copia guardada de «%1» falta en la carpeta de datos; restaure la carpeta desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The stored copy of “%1” no longer matches the file that was added, so it is not opened; restore the data folder from a backup.</source>
        <translation>La copia guardada de «%1» ya no coincide con el archivo que se añadió, así que no se abre; restaure la carpeta de datos desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>This cannot be negative.</source>
        <translation>Este valor no puede ser negativo.</translation>
    </message>
    <message>
        <source>The due date is before the issue date.</source>
        <translation>La fecha de vencimiento es anterior a la de emisión.</translation>
    </message>
    <message>
        <source>This debtor already has an invoice %1.</source>
        <translation>Este deudor ya tiene una factura con el número %1.</translation>
    </message>
    <message>
        <source>%1 has already been paid or credited on this invoice; the amount cannot be less.</source>
        <translation>De esta factura ya se han pagado o abonado %1; el importe no puede ser menor.</translation>
    </message>
    <message>
        <source>Only %1 is open on this invoice.</source>
        <translation>En esta factura solo quedan pendientes %1.</translation>
    </message>
    <message>
        <source>The debtor owes %1; a promise cannot be for more.</source>
        <translation>El deudor debe %1; la promesa no puede ser por más.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This person was removed; add them again instead.</source>
        <translation>Esta persona se quitó; vuelva a añadirla.</translation>
    </message>
    <message>
        <source>This payment was already reversed.</source>
        <translation>Este pago ya se anuló.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open to pay.</source>
        <translation>La factura %1 no tiene nada pendiente de pago.</translation>
    </message>
    <message>
        <source>Only %2 is open on invoice %1.</source>
        <translation>En la factura %1 solo quedan pendientes %2.</translation>
    </message>
    <message>
        <source>The payment has only %2 left for invoice %1.</source>
        <translation>Al pago solo le quedan %2 para la factura %1.</translation>
    </message>
    <message>
        <source>The share of invoice %1 must be more than zero.</source>
        <translation>La parte de la factura %1 debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Statutory late-payment interest applies only to debts in euros; this debtor&apos;s are in %1.</source>
        <translation>El interés de demora legal solo se aplica a deudas en euros; las de este deudor están en %1.</translation>
    </message>
    <message>
        <source>Statutory late-payment interest applies only to debts between businesses.</source>
        <translation>El interés de demora legal solo se aplica a deudas entre empresas.</translation>
    </message>
    <message>
        <source>The reference-rate table %1 cannot be read (line %2): fix it, or delete it to use the table callnotes ships.</source>
        <translation>No se puede leer la tabla de tipos de referencia %1 (línea %2): corríjala, o bórrela para usar la tabla que incluye callnotes.</translation>
    </message>
    <message>
        <source>This debtor has no invoice %1.</source>
        <translation>Este deudor no tiene ninguna factura %1.</translation>
    </message>
    <message>
        <source>Invoice %1 has nothing open on it to dispute.</source>
        <translation>La factura %1 no tiene nada pendiente que impugnar.</translation>
    </message>
    <message>
        <source>Only %1 is owed on what is disputed; the disputed amount cannot be more.</source>
        <translation>Por lo impugnado solo se deben %1; el importe impugnado no puede ser mayor.</translation>
    </message>
    <message>
        <source>This is not one of the debtor&apos;s disputes.</source>
        <translation>Esta no es una impugnación de este deudor.</translation>
    </message>
    <message>
        <source>This dispute was already resolved.</source>
        <translation>Esta impugnación ya se resolvió.</translation>
    </message>
    <message>
        <source>Choose a letter in the record.</source>
        <translation>Elija una carta del registro.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail. Save the reply from your mail program as an .eml file.</source>
        <translation>“%1” no es un correo electrónico. Guarde la respuesta desde su programa de correo como archivo .eml.</translation>
    </message>
    <message>
        <source>The reply is dated before the document it answers was sent; choose the right document.</source>
        <translation>La respuesta tiene una fecha anterior al envío del documento al que responde; elija el documento correcto.</translation>
    </message>
    <message>
        <source>The letter was sent on %1; choose that day or a later one.</source>
        <translation>La carta se envió el %1; elija ese día u otro posterior.</translation>
    </message>
    <message>
        <source>Type the debtor&apos;s name exactly as it is shown above.</source>
        <translation>Escriba el nombre del deudor exactamente como aparece arriba.</translation>
    </message>
    <message>
        <source>A call with this debtor is still open; end it first.</source>
        <translation>Todavía hay una llamada abierta con este deudor; termínela primero.</translation>
    </message>
    <message>
        <source>The file is not UTF-8. If an older spreadsheet saved it, choose its encoding: Windows-1252 for Western Europe, Windows-1253 or ISO-8859-7 for Greek.</source>
        <translation>El archivo no está en UTF-8. Si lo guardó una hoja de cálculo antigua, elija su codificación: Windows-1252 para Europa occidental, Windows-1253 o ISO-8859-7 para griego.</translation>
    </message>
    <message>
        <source>The file is not in this encoding; choose another one.</source>
        <translation>El archivo no está en esta codificación; elija otra.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; export a shorter period.</source>
        <translation>El archivo supera los %1 MB; exporte un periodo más corto.</translation>
    </message>
    <message>
        <source>This is not a CSV file; export the invoices as CSV.</source>
        <translation>No es un archivo CSV; exporte las facturas como CSV.</translation>
    </message>
    <message>
        <source>Row %1 cannot be read as CSV.</source>
        <translation>La fila %1 no se puede leer como CSV.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file has no column for this.</source>
        <translation>El archivo no tiene columna para esto.</translation>
    </message>
    <message>
        <source>A date that exists, written %1 with a four-digit year.</source>
        <translation>Una fecha que exista, escrita %1 con el año en cuatro cifras.</translation>
    </message>
    <message>
        <source>A number written like %1.</source>
        <translation>Un número escrito como %1.</translation>
    </message>
    <message>
        <source>The same value as row %1 of invoice %2.</source>
        <translation>El mismo valor que la fila %1 de la factura %2.</translation>
    </message>
    <message>
        <source>The sum of the invoice&apos;s lines: %1 with tax, %2 without.</source>
        <translation>La suma de las líneas de la factura: %1 con impuestos, %2 sin ellos.</translation>
    </message>
    <message>
        <source>The evidence copy needs a name of its own, not the filing copy&apos;s.</source>
        <translation>La copia probatoria necesita un nombre propio, distinto del de la copia para presentar.</translation>
    </message>
    <message>
        <source>%1 is a file; choose a folder for the files of each document.</source>
        <translation>%1 es un archivo; elija una carpeta para los archivos de cada documento.</translation>
    </message>
    <message>
        <source>The folder %1 already holds files; choose an empty or a new folder for the files of each document, so that none is overwritten or mixed with another packet&apos;s.</source>
        <translation>La carpeta %1 ya contiene archivos; elija una carpeta vacía o nueva para los archivos de cada documento, para que ninguno se sobrescriba ni se mezcle con los de otro expediente.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose another place.</source>
        <translation>La carpeta %1 no existe; elija otro lugar.</translation>
    </message>
    <message>
        <source>The disk is full, so this was not saved. Free some space on the disk and try again.</source>
        <translation>El disco está lleno, así que esto no se ha guardado. Libere espacio en el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The data folder cannot be written (the disk or the folder is read-only), so this was not saved.</source>
        <translation>No se puede escribir en la carpeta de datos (el disco o la carpeta son de solo lectura), así que esto no se ha guardado.</translation>
    </message>
    <message>
        <source>The disk could not be written (an input/output error), so this was not saved. Check the disk and try again.</source>
        <translation>No se ha podido escribir en el disco (un error de entrada/salida), así que esto no se ha guardado. Compruebe el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the check digit does not match</source>
        <translation>el dígito de control no coincide</translation>
    </message>
    <message>
        <source>it has the wrong number of characters</source>
        <translation>no tiene el número correcto de caracteres</translation>
    </message>
    <message>
        <source>it is not written the way this country writes it</source>
        <translation>no tiene el formato de este país</translation>
    </message>
    <message>
        <source>a part of it is not valid</source>
        <translation>una parte no es válida</translation>
    </message>
</context>
<context>
    <name>PromisesTab</name>
    <message>
        <source>Promise to pay</source>
        <translation>Promesa de pago</translation>
    </message>
    <message>
        <source>Settlement for less</source>
        <translation>Acuerdo con quita</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <source>Instalment %1 of %2</source>
        <translation>Cuota %1 de %2</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>Previous stage (Ctrl+Left)</source>
        <translation>Etapa anterior (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <source>Next stage (Ctrl+Right)</source>
        <translation>Etapa siguiente (Ctrl+Derecha)</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Idioma de las preguntas</translation>
    </message>
    <message>
        <source>Filter questions (Ctrl+Shift+F), Enter inserts the first</source>
        <translation>Filtrar preguntas (Ctrl+Mayús+F); Intro inserta la primera</translation>
    </message>
    <message>
        <source>Someone else answered</source>
        <translation>Contesta otra persona</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
</context>
<context>
    <name>ReasonDialogs</name>
    <message>
        <source>Open: claimed as usual</source>
        <translation>Pendiente: se reclama como siempre</translation>
    </message>
    <message>
        <source>Disputed: the debtor contests it (still claimed)</source>
        <translation>Impugnada: el deudor no la acepta (se sigue reclamando)</translation>
    </message>
    <message>
        <source>Written off: no longer claimed</source>
        <translation>Incobrable: ya no se reclama</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>Pagado por completo</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dado por incobrable</translation>
    </message>
    <message>
        <source>Handed to a collection agency</source>
        <translation>Entregado a una agencia de cobros</translation>
    </message>
    <message>
        <source>Handed to a lawyer</source>
        <translation>Entregado a un abogado</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Otro motivo</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Overdue notice</source>
        <translation>Aviso de factura vencida</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <source>Statement of account</source>
        <translation>Extracto de cuenta</translation>
    </message>
    <message>
        <source>Formal demand</source>
        <translation>Requerimiento formal</translation>
    </message>
    <message>
        <source>Confirming: they agree with what we sent</source>
        <translation>Confirma: está de acuerdo con lo enviado</translation>
    </message>
    <message>
        <source>Disputing: they do not agree</source>
        <translation>Impugna: no está de acuerdo</translation>
    </message>
    <message>
        <source>No reply came</source>
        <translation>No hubo respuesta</translation>
    </message>
    <message>
        <source>%1 sent on %2 by %3</source>
        <translation>%1 enviado el %2 por %3</translation>
    </message>
    <message>
        <source>Record reply</source>
        <translation>Registrar respuesta</translation>
    </message>
    <message>
        <source>Choose how the debtor answered</source>
        <translation>Elija cómo respondió el deudor</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>From a saved e-mail…</source>
        <translation>Desde un correo guardado…</translation>
    </message>
    <message>
        <source>Read the reply from an e-mail saved from your mail program (.eml)</source>
        <translation>Leer la respuesta de un correo guardado desde su programa de correo (.eml)</translation>
    </message>
    <message>
        <source>Choose the saved e-mail</source>
        <translation>Elija el correo guardado</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>Correo electrónico (*.eml)</translation>
    </message>
    <message>
        <source>The whole message is kept with the reply; the words below go into the record.</source>
        <translation>El mensaje completo se guarda con la respuesta; el texto de abajo pasa al registro.</translation>
    </message>
    <message>
        <source>The reply&apos;s words, or a note (e.g. called, no answer)</source>
        <translation>El texto de la respuesta, o una nota (p. ej., se llamó, no contesta)</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Responde a:</translation>
    </message>
    <message>
        <source>The debtor:</source>
        <translation>El deudor:</translation>
    </message>
    <message>
        <source>Came on:</source>
        <translation>Recibida el:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Reply:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Nothing was sent to this debtor yet that a reply could answer.</source>
        <translation>Aún no se ha enviado a este deudor nada a lo que pueda responder.</translation>
    </message>
</context>
<context>
    <name>ResolveDisputeDialog</name>
    <message>
        <source>Resolve a dispute</source>
        <translation>Resolver una impugnación</translation>
    </message>
    <message>
        <source>Required, e.g. they found the signed delivery note</source>
        <translation>Obligatorio; p. ej., encontraron el albarán firmado</translation>
    </message>
    <message>
        <source>Its invoices are open again. If the debtor was right, take the amount off with a credit note or write the invoice off.</source>
        <translation>Sus facturas vuelven a estar pendientes. Si el deudor tenía razón, descuente el importe con una nota de crédito o dé la factura por incobrable.</translation>
    </message>
    <message>
        <source>Dispute:</source>
        <translation>Impugnación:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cómo:</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Reverse a payment</source>
        <translation>Anular un pago</translation>
    </message>
    <message>
        <source>The payment of %1 received on %2 will no longer count. It stays in the record.</source>
        <translation>El pago de %1 recibido el %2 dejará de contar. Se conserva en el registro.</translation>
    </message>
    <message>
        <source>Required, e.g. recorded by mistake, or returned by the bank</source>
        <translation>Obligatorio; p. ej., registrado por error o devuelto por el banco</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Anular</translation>
    </message>
</context>
<context>
    <name>SearchWindow</name>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Notes, debtors, people, invoice or phone numbers…</source>
        <translation>Notas, deudores, personas, números de factura o de teléfono…</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Most relevant first</source>
        <translation>Más relevantes primero</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>debtor</source>
        <translation>deudor</translation>
    </message>
    <message>
        <source>person: %1</source>
        <translation>persona: %1</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>factura %1</translation>
    </message>
    <message>
        <source>Type a word to search the notes, the record, debtors, people, invoices and phones.</source>
        <translation>Escriba una palabra para buscar en las notas, el registro, los deudores, las personas, las facturas y los teléfonos.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se ha encontrado nada para «%1».</translation>
    </message>
    <message>
        <source>Found: %1 so far; more as you scroll down.</source>
        <translation>Encontrados: %1 por ahora; aparecerán más al desplazarse hacia abajo.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Encontrados: %1.</translation>
    </message>
    <message>
        <source>The search failed inside callnotes: %1</source>
        <translation>La búsqueda ha fallado dentro de callnotes: %1</translation>
    </message>
</context>
<context>
    <name>SentDialog</name>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>post</source>
        <translation>correo postal</translation>
    </message>
    <message>
        <source>certified post</source>
        <translation>correo certificado</translation>
    </message>
    <message>
        <source>burofax</source>
        <translation>burofax</translation>
    </message>
    <message>
        <source>served by a bailiff</source>
        <translation>notificado por agente judicial</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>en mano</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marcar como enviada</translation>
    </message>
    <message>
        <source>certified mail, burofax or bailiff&apos;s number</source>
        <translation>número del certificado, del burofax o de la notificación</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>delivered on</source>
        <translation>entregada el</translation>
    </message>
    <message>
        <source>returned on</source>
        <translation>devuelta el</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Enviada por:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Address used:</source>
        <translation>Dirección usada:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Entrega:</translation>
    </message>
    <message>
        <source>Receipts:</source>
        <translation>Justificantes:</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Escribiendo la carta…</translation>
    </message>
    <message>
        <source>Type the day it was delivered or came back.</source>
        <translation>Escriba el día en que se entregó o se devolvió.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Commit the line as a note</source>
        <translation>Guardar la línea como nota</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+4</source>
        <translation>Ctrl+1 … Ctrl+4</translation>
    </message>
    <message>
        <source>Commit as note / question asked / debtor said / agreement</source>
        <translation>Guardar como nota / pregunta / palabras del deudor / acuerdo</translation>
    </message>
    <message>
        <source>1 … 9 (empty line)</source>
        <translation>1 … 9 (línea vacía)</translation>
    </message>
    <message>
        <source>Ask question N of the current stage</source>
        <translation>Hacer la pregunta N de la etapa actual</translation>
    </message>
    <message>
        <source>Ctrl+Left / Ctrl+Right</source>
        <translation>Ctrl+Izquierda / Ctrl+Derecha</translation>
    </message>
    <message>
        <source>Previous / next stage of questions</source>
        <translation>Etapa de preguntas anterior / siguiente</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Filter the questions</source>
        <translation>Filtrar las preguntas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Mayús+F</translation>
    </message>
    <message>
        <source>Search everything: notes, debtors, people, invoices, phones</source>
        <translation>Buscar en todo: notas, deudores, personas, facturas, teléfonos</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Put fact N (invoice, total, agreement…) into the line</source>
        <translation>Insertar el dato N (factura, total, acuerdo…) en la línea</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Offers: instalments, a discount or a settlement, with the wording</source>
        <translation>Ofertas: cuotas, un descuento o una quita, con la redacción</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Someone else answered: amounts hidden, neutral questions (again: back)</source>
        <translation>Contesta otra persona: importes ocultos, preguntas neutras (otra vez: volver)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Log another contact (e-mail, letter, visit, message)</source>
        <translation>Registrar otro contacto (correo, carta, visita, mensaje)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>End the call: outcome, promise or plan, next action</source>
        <translation>Terminar la llamada: resultado, promesa o plan, próxima acción</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Back to the input line</source>
        <translation>Volver a la línea de escritura</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Status of invoice %1</source>
        <translation>Estado de la factura %1</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>Nuevo estado:</translation>
    </message>
    <message>
        <source>Required, e.g. the customer says the goods arrived damaged</source>
        <translation>Obligatorio; p. ej., el cliente dice que la mercancía llegó dañada</translation>
    </message>
</context>
<context>
    <name>ThirdPartyCover</name>
    <message>
        <source>Someone else is on the line</source>
        <translation>Al teléfono hay otra persona</translation>
    </message>
    <message>
        <source>The amounts and invoices are hidden. Say nothing about the debt: ask only when and where the person you are calling can be reached, whom to ask for, and leave your name and number so they call back.</source>
        <translation>Los importes y las facturas están ocultos. No diga nada de la deuda: pregunte solo cuándo y dónde se puede localizar a la persona a la que llama y por quién preguntar, y deje su nombre y su número para que le devuelvan la llamada.</translation>
    </message>
    <message>
        <source>Press Ctrl+T when the debtor is on the line: the facts come back.</source>
        <translation>Pulse Ctrl+T cuando el deudor esté al teléfono: los datos vuelven a mostrarse.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>Ask for: %1</source>
        <translation>Preguntar por: %1</translation>
    </message>
</context>
</TS>
