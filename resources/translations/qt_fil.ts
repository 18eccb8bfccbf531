<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="en">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Isara ang Tab</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Folder ng File</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Hindi alam</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Piliin &amp;Lahat</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Taasan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Babaan</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>False</source>
        <translation>Mali</translation>
    </message>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Buksan ang listahan ng pagpipilian ng combo box</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Tama</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>Ano Ito?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Ipakita muli ang mensaheng ito</translation>
    </message>
    <message>
        <source>An error occurred</source>
        <translation>Nagkaroon ng error</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Kritikal na error:</translation>
    </message>
    <message>
        <source>Debug Message:</source>
        <translation>Mensahe sa pag-debug:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Malubhang error:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Impormasyon:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Babala:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Hindi nakita ang folder.
Pakitiyak na tama ang ibinigay na pangalan ng folder.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Hindi nakita ang file.
Pakitiyak na tama ang ibinigay na pangalan ng file.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mayroon nang %1.
Gusto mo ba itong palitan?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Piliin</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Burahin</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tumingin sa:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Bagong &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buksan</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Palitan ang pangalan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>Protektado laban sa pagsulat ang '%1'.
Gusto mo pa rin ba itong burahin?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Lahat ng File (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Sigurado ka bang gusto mong burahin ang '%1'?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Lumipat sa detalyadong view</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Lumipat sa view na listahan</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Hindi mabura ang folder.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Gumawa ng Bagong Folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Gumawa ng Bagong Folder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detalyadong View</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Mga Folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Pangalan ng file:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Mga File</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Uri ng file:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Hanapin ang Folder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Pasulong</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Bumalik</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Pumunta pasulong</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Pumunta sa parent folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>View na Listahan</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Listahan ng mga lugar at bookmark</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Bagong Folder</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Folder</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Mga Kamakailang Lugar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>I-save Bilang</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Ipakita ang </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Ipakita ang mga &amp;nakatagong file</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Petsa ng Pagbabago</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Aking Computer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Laki</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Uri</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Kanselahin</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Isara</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>I-&amp;save</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Isara nang hindi Sine-save</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Maglagay ng halaga:</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>%1, ...</source>
        <translation>%1, ...</translation>
    </message>
    <message>
        <source>Press shortcut</source>
        <translation>Pindutin ang shortcut</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gupitin</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin Lahat</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Tungkol sa Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Itago ang Detalye...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Ipakita ang Detalye...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Itigil</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Huwag pansinin</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>H&amp;indi sa Lahat</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>I-reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Ibalik ang mga Default</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Subukang Muli</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>I-save Lahat</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oo sa &amp;Lahat</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Down</source>
        <translation>Pababa</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Pataas</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kaliwa</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Mag-scroll pakaliwa</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Mag-scroll pakanan</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Magsingit ng Unicode control character</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What's This?</source>
        <translation>Ano Ito?</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyahin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>I-&amp;paste</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>I-&amp;redo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>I-&amp;undo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopyahin ang &amp;Lokasyon ng Link</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Gupitin</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Burahin</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Piliin Lahat</translation>
    </message>
</context>
</TS>
