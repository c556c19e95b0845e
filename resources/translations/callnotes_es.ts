<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>Record ✓ verified</source>
        <translation>Registro ✓ verificado</translation>
    </message>
    <message>
        <source>Record ✗ broken at entry %1</source>
        <translation>Registro ✗ dañado en la anotación %1</translation>
    </message>
    <message>
        <source>Click the number to hand it to your phone app</source>
        <translation>Haga clic en el número para pasarlo a su aplicación de teléfono</translation>
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
        <source>Lines not saved yet</source>
        <translation>Líneas aún sin guardar</translation>
    </message>
    <message>
        <source>%1 lines are not saved yet; callnotes tries again every few seconds. End the call once they are.</source>
        <translation>Hay %1 líneas que aún no se han guardado; callnotes vuelve a intentarlo cada pocos segundos. Termine la llamada cuando estén guardadas.</translation>
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
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Start call (Ctrl+Enter)</source>
        <translation>Iniciar llamada (Ctrl+Intro)</translation>
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
        <source>Find a debtor (Ctrl+F)</source>
        <translation>Buscar deudor (Ctrl+F)</translation>
    </message>
    <message>
        <source>No debtors yet. Load the example data to see how callnotes works.</source>
        <translation>Aún no hay deudores. Cargue los datos de ejemplo para ver cómo funciona callnotes.</translation>
    </message>
    <message>
        <source>Load example data</source>
        <translation>Cargar datos de ejemplo</translation>
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
        <source>amount, e.g. %1</source>
        <translation>importe, p. ej. %1</translation>
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
        <source>instalments of the full balance</source>
        <translation>plazos por el total de la deuda</translation>
    </message>
    <message>
        <source>settlement for less</source>
        <translation>acuerdo con quita</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Instalments (monthly):</source>
        <translation>Plazos (mensuales):</translation>
    </message>
    <message>
        <source>First on:</source>
        <translation>Primer plazo el:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
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
        <source>A promise needs an amount above zero.</source>
        <translation>Una promesa de pago necesita un importe mayor que cero.</translation>
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
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
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
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Save packet as</source>
        <translation>Guardar paquete como</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
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
        <source>Wrote %1 pages to %2.
Chain head: %3</source>
        <translation>Se han escrito %1 páginas en %2.
Huella de la cadena: %3</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Something went wrong inside callnotes; no file was written.
%1</source>
        <translation>Algo ha fallado en callnotes; no se ha escrito ningún archivo.
%1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Se han enviado %1 páginas a la impresora.</translation>
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
        <source>kept</source>
        <translation>cumplida</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>incumplida</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Payment of %1 (%2)</source>
        <translation>Pago de %1 (%2)</translation>
    </message>
    <message>
        <source>Promise to pay %1 by %2</source>
        <translation>Promesa de pago de %1 para el %2</translation>
    </message>
    <message>
        <source>Invoice %1 for %2</source>
        <translation>Factura %1 por %2</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1 (motivo: %2)</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>Correct the selected entry; the original stays (Ctrl+Shift+A)</source>
        <translation>Corregir la anotación seleccionada; el original se conserva (Ctrl+Shift+A)</translation>
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
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
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
        <source>Next action on:</source>
        <translation>Próxima acción el:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
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
        <source>E&amp;xport packet…</source>
        <translation>E&amp;xportar paquete de documentación…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <source>%1 of %2 records failed the check</source>
        <translation>%1 de %2 registros no han superado la comprobación</translation>
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
        <source>Saving the contact…</source>
        <translation>Guardando la gestión…</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contacto registrado.</translation>
    </message>
    <message>
        <source>Select a debtor to export a packet.</source>
        <translation>Seleccione un deudor para exportar su paquete de documentación.</translation>
    </message>
    <message>
        <source>About callnotes</source>
        <translation>Acerca de callnotes</translation>
    </message>
    <message>
        <source>callnotes %1
Notes and records for getting paid by phone.

Data folder: %2</source>
        <translation>callnotes %1
Notas y registros para cobrar por teléfono.

Carpeta de datos: %2</translation>
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
        <source>Filter questions (Ctrl+F), Enter inserts the first</source>
        <translation>Filtrar preguntas (Ctrl+F); Intro inserta la primera</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
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
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>Put fact N (invoice, total, agreement…) into the line</source>
        <translation>Insertar el dato N (factura, total, acuerdo…) en la línea</translation>
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
</TS>
