<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ArchiveViews</name>
    <message>
        <location filename="../archive_views.py" line="78" />
        <source>&amp;Related articles</source>
        <translation>Artikel &amp;terkait</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="81" />
        <source>&amp;Outlets</source>
        <translation>&amp;Media</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="82" />
        <source>Sa&amp;ved searches</source>
        <translation>Pencarian ter&amp;simpan</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="169" />
        <source>Fold wire copies</source>
        <translation>Gabungkan salinan berita</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="175" />
        <source>One row per story, its copies from other outlets listed with it (Ctrl+G)</source>
        <translation>Satu baris per berita, salinannya dari media lain dicantumkan bersamanya (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="176" />
        <source>Export results…</source>
        <translation>Ekspor hasil…</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="179" />
        <source>Write every match of the query as CSV, JSON or RIS (Ctrl+E)</source>
        <translation>Tulis semua hasil kueri sebagai CSV, JSON, atau RIS (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="180" />
        <source>Copy as citations</source>
        <translation>Salin sebagai kutipan</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="184" />
        <source>Copy the selected results as a citation list: headline, outlet, date, link</source>
        <translation>Salin hasil terpilih sebagai daftar kutipan: judul, media, tanggal, tautan</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="186" />
        <source>Outlets and saved searches</source>
        <translation>Media dan pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="191" />
        <source>Show or hide the outlets and saved searches (F9)</source>
        <translation>Tampilkan atau sembunyikan media dan pencarian tersimpan (F9)</translation>
    </message>
    <message>
        <location filename="../archive_views.py" line="195" />
        <source>&amp;Archive</source>
        <translation>&amp;Arsip</translation>
    </message>
</context>
<context>
    <name>CalendarButton</name>
    <message>
        <location filename="../filters.py" line="141" />
        <source>Calendar for %1</source>
        <translation>Kalender untuk %1</translation>
    </message>
    <message>
        <location filename="../filters.py" line="142" />
        <source>Pick a day on a calendar</source>
        <translation>Pilih hari di kalender</translation>
    </message>
</context>
<context>
    <name>Copies</name>
    <message>
        <location filename="../copies.py" line="33" />
        <source>+%1 copies: %2</source>
        <translation>+%1 salinan: %2</translation>
    </message>
</context>
<context>
    <name>CopyChooser</name>
    <message>
        <location filename="../copies.py" line="44" />
        <source>Wire copies of this article</source>
        <translation>Salinan berita ini</translation>
    </message>
    <message>
        <location filename="../copies.py" line="45" />
        <source>Read another outlet's copy of this article</source>
        <translation>Baca salinan berita ini dari media lain</translation>
    </message>
    <message>
        <location filename="../copies.py" line="55" />
        <source>This article: %1</source>
        <translation>Artikel ini: %1</translation>
    </message>
    <message>
        <location filename="../copies.py" line="59" />
        <source>Copy: %1</source>
        <translation>Salinan: %1</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../core_messages.py" line="313" />
        <source>a lone * would match every article; put at least 2 letters before it</source>
        <translation>* saja akan cocok dengan semua artikel; tulis minimal 2 huruf sebelum *</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="319" />
        <source>put a word of at least 2 letters before ~ (for example fotovoltaic~)</source>
        <translation>tulis kata minimal 2 huruf sebelum ~ (misalnya fotovoltaic~)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="323" />
        <source>the start date is after the end date</source>
        <translation>tanggal awal jatuh setelah tanggal akhir</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="324" />
        <source>no day is in both the date filter and the dates in the query</source>
        <translation>tidak ada hari yang masuk rentang filter tanggal sekaligus tanggal di kueri</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="327" />
        <source>cannot understand the query (%1)</source>
        <translation>kueri tidak dapat dipahami (%1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="333" />
        <source>unknown sort %1; use one of %2</source>
        <translation>urutan %1 tidak dikenal; pakai salah satu dari %2</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="334" />
        <source>'^%1' is not a weight: write a positive number like judul:banjir^2</source>
        <translation>'^%1' bukan bobot: tulis bilangan positif seperti judul:banjir^2</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="350" />
        <source>cannot read the date %1; write it like 2024-07-03</source>
        <translation>tanggal %1 tidak terbaca; tulis seperti 2024-07-03</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="354" />
        <source>the date range %1 ends before it starts</source>
        <translation>rentang tanggal %1 berakhir sebelum dimulai</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="341" />
        <source>there is no date %1 (years run from 0001 to 9999); write it like 2024-07-03</source>
        <translation>tanggal %1 tidak ada (tahun berkisar 0001 sampai 9999); tulis seperti 2024-07-03</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="311" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="316" />
        <source>'%1' is too broad: put at least %2 letters before * or ?</source>
        <translation>'%1' terlalu luas: tulis minimal %2 huruf sebelum * atau ?</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="322" />
        <source>'%1' matches too many words; make it longer</source>
        <translation>'%1' cocok dengan terlalu banyak kata; buat lebih panjang</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="328" />
        <source>nothing left to search for: the words are too common (like 'yang' or 'dan') or only punctuation</source>
        <translation>tidak ada lagi yang bisa dicari: kata-katanya terlalu umum (seperti 'yang' atau 'dan') atau hanya tanda baca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="337" />
        <source>there is no field '%1:'; use judul:, isi: or date:</source>
        <translation>tidak ada kolom '%1:'; gunakan judul:, isi: atau date:</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="338" />
        <source>unknown date unit %1; use one of %2</source>
        <translation>satuan tanggal %1 tidak dikenal; pakai salah satu dari %2</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="339" />
        <source>%1 is not in the index</source>
        <translation>%1 tidak ada di indeks</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="344" />
        <source>%1 is a range; give one date here (a range goes in the query: date:A..B)</source>
        <translation>%1 adalah rentang; isi satu tanggal di sini (rentang ditulis di kueri: date:A..B)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="347" />
        <source>there is no month %1 in %2; write it like 2024-07-03</source>
        <translation>tidak ada bulan %1 dalam %2; tulis seperti 2024-07-03</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="351" />
        <source>cannot read the date range %1; write it like 2024-07-01..2024-07-31</source>
        <translation>rentang tanggal %1 tidak terbaca; tulis seperti 2024-07-01..2024-07-31</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="356" />
        <source>the query was cut to its first %1 characters</source>
        <translation>kueri dipotong menjadi %1 karakter pertamanya</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="357" />
        <source>also showing articles with '%1'</source>
        <translation>juga menampilkan artikel dengan '%1'</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="50" />
        <source>folder not found; its articles stay in the index</source>
        <translation>folder tidak ditemukan; artikelnya tetap di indeks</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="51" />
        <source>cannot list folder: %1</source>
        <translation>isi folder tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="52" />
        <source>cannot read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="53" />
        <source>file disappeared before it could be read</source>
        <translation>berkas hilang sebelum sempat dibaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="54" />
        <source>permission denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="58" />
        <source>file larger than %1 MB</source>
        <translation>berkas lebih besar dari %1 MB</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="59" />
        <source>empty file</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="60" />
        <source>not text (binary or unknown encoding)</source>
        <translation>bukan teks (biner atau pengodean tidak dikenal)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="61" />
        <source>not text (binary content)</source>
        <translation>bukan teks (isi biner)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="55" />
        <source>not a regular file (a pipe, device or folder took its place)</source>
        <translation>bukan berkas biasa (pipa, perangkat, atau folder menggantikannya)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="77" />
        <source>unreadable date line %1; article left undated</source>
        <translation>baris tanggal %1 tidak terbaca; artikel dibiarkan tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="80" />
        <source>no date line; article left undated</source>
        <translation>tidak ada baris tanggal; artikel dibiarkan tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="62" />
        <source>is a folder, not a file</source>
        <translation>berupa folder, bukan berkas</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="63" />
        <source>file larger than %1 MB (the limit for .%2 files)</source>
        <translation>berkas lebih besar dari %1 MB (batas untuk berkas .%2)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="66" />
        <source>not an article file (unknown suffix)</source>
        <translation>bukan berkas artikel (akhiran tidak dikenal)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="67" />
        <source>markup nested too deeply to read</source>
        <translation>markup bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="68" />
        <source>too large to read in memory</source>
        <translation>terlalu besar untuk dibaca di memori</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="69" />
        <source>could not be read (%1)</source>
        <translation>tidak dapat dibaca (%1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="70" />
        <source>took longer than %1 s</source>
        <translation>memakan waktu lebih dari %1 dtk</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="148" />
        <source>line %1 is not valid JSON (%2)</source>
        <translation>baris %1 bukan JSON yang sah (%2)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="149" />
        <source>line %1 is %2, not an article object</source>
        <translation>baris %1 berisi %2, bukan objek artikel</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="150" />
        <source>not an array of article objects (its first element is %1)</source>
        <translation>bukan larik objek artikel (elemen pertamanya %1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="153" />
        <source>record %1 is %2, not an article object</source>
        <translation>rekaman %1 berisi %2, bukan objek artikel</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="154" />
        <source>unreadable JSON after record %1: %2; rest of file not read</source>
        <translation>JSON tidak terbaca setelah rekaman %1: %2; sisa berkas tidak dibaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="157" />
        <source>unreadable JSON at the start: %1; rest of file not read</source>
        <translation>JSON tidak terbaca sejak awal: %1; sisa berkas tidak dibaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="160" />
        <source>not a JSON array</source>
        <translation>bukan larik JSON</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="161" />
        <source>the array is not closed (file truncated?)</source>
        <translation>larik tidak ditutup (berkas terpotong?)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="163" />
        <source>an element larger than %1 MB or broken JSON</source>
        <translation>elemen lebih besar dari %1 MB atau JSON rusak</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="164" />
        <source>broken JSON (%1)</source>
        <translation>JSON rusak (%1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="165" />
        <source>not a JSON array of articles or JSON Lines (the file starts with neither [ nor {)</source>
        <translation>bukan larik JSON berisi artikel maupun JSON Lines (berkas tidak diawali [ atau {)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="168" />
        <source>unreadable CSV header: %1</source>
        <translation>baris kepala CSV tidak terbaca: %1</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="169" />
        <source>no header row</source>
        <translation>tidak ada baris kepala</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="170" />
        <source>no column named %1 in the header (%2)</source>
        <translation>tidak ada kolom bernama %1 di baris kepala (%2)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="171" />
        <source>unreadable CSV after record %1: %2; rest of file not read</source>
        <translation>CSV tidak terbaca setelah rekaman %1: %2; sisa berkas tidak dibaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="92" />
        <source>row has %1 fields, the header %2</source>
        <translation>baris punya %1 kolom, baris kepala %2</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="174" />
        <source>record %1 is larger than %2 MB</source>
        <translation>rekaman %1 lebih besar dari %2 MB</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="175" />
        <source>record %1 has no body (no field named %2)</source>
        <translation>rekaman %1 tidak punya isi (tidak ada bidang bernama %2)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="176" />
        <source>record %1 has an empty body</source>
        <translation>isi rekaman %1 kosong</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="85" />
        <source>no headline field; first words of the body used</source>
        <translation>tidak ada bidang judul; kata-kata pertama isi dipakai</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="88" />
        <source>unreadable date %1; article left undated</source>
        <translation>tanggal %1 tidak terbaca; artikel dibiarkan tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="91" />
        <source>unreadable date %1</source>
        <translation>tanggal %1 tidak terbaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="111" />
        <source>not an MHTML file (no MIME structure)</source>
        <translation>bukan berkas MHTML (tidak ada struktur MIME)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="112" />
        <source>not an MHTML page (no HTML part inside)</source>
        <translation>bukan halaman MHTML (tidak ada bagian HTML di dalamnya)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="113" />
        <source>MHTML page is empty</source>
        <translation>halaman MHTML kosong</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="114" />
        <source>cannot open the file</source>
        <translation>berkas tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="115" />
        <source>not a readable PDF (damaged or truncated)</source>
        <translation>PDF tidak terbaca (rusak atau terpotong)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="116" />
        <source>password-protected</source>
        <translation>dilindungi kata sandi</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="117" />
        <source>encrypted with an unsupported security handler</source>
        <translation>dienkripsi dengan pengaman yang tidak didukung</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="120" />
        <source>not a readable PDF (page not found)</source>
        <translation>PDF tidak terbaca (halaman tidak ditemukan)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="121" />
        <source>not a readable PDF</source>
        <translation>PDF tidak terbaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="93" />
        <source>only the first %1 of %2 pages read (page limit)</source>
        <translation>hanya %1 dari %2 halaman pertama yang dibaca (batas halaman)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="94" />
        <source>only the first %1 of %2 pages read (time limit %3 s)</source>
        <translation>hanya %1 dari %2 halaman pertama yang dibaca (batas waktu %3 dtk)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="97" />
        <source>page %1 unreadable</source>
        <translation>halaman %1 tidak terbaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="98" />
        <source>date taken from the PDF's properties, not its text</source>
        <translation>tanggal diambil dari properti PDF, bukan dari teksnya</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="81" />
        <source>no date found; article left undated</source>
        <translation>tidak ada tanggal; artikel dibiarkan tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="71" />
        <source>no articles in this file</source>
        <translation>tidak ada artikel di berkas ini</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="72" />
        <source>a link to a place outside the library folders (not followed)</source>
        <translation>tautan ke tempat di luar folder pustaka (tidak diikuti)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="76" />
        <source>no text</source>
        <translation>tidak ada teks</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="82" />
        <source>no date found on the page; article left undated</source>
        <translation>tidak ada tanggal di halaman; artikel dibiarkan tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="101" />
        <source>record %1: %2</source>
        <translation>rekaman %1: %2</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="102" />
        <source>OCR unsure of the text (confidence %1%): check the scan</source>
        <translation>OCR kurang yakin akan teksnya (keyakinan %1%): periksa hasil pindainya</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="105" />
        <source>no date in the scan; the file's date is used</source>
        <translation>tidak ada tanggal di hasil pindai; tanggal berkas yang dipakai</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="106" />
        <source>only the first %1 pages read (time limit %2 s)</source>
        <translation>hanya %1 halaman pertama yang dibaca (batas waktu %2 dtk)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="107" />
        <source>page %1 took longer than %2 s to read and was left out</source>
        <translation>halaman %1 butuh lebih dari %2 dtk untuk dibaca dan dilewati</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="122" />
        <source>no text layer (scanned PDF)</source>
        <translation>tidak ada lapisan teks (PDF hasil pindai)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="123" />
        <source>not a web page (binary content)</source>
        <translation>bukan halaman web (isi biner)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="124" />
        <source>not a readable web page</source>
        <translation>halaman web tidak terbaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="125" />
        <source>no article text found on the page (a site index, or a page without text)</source>
        <translation>tidak ada teks artikel di halaman (indeks situs, atau halaman tanpa teks)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="128" />
        <source>the page is a list of links, not an article (a site index)</source>
        <translation>halaman ini daftar tautan, bukan artikel (indeks situs)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="131" />
        <source>not a Word document (.docx is a zip file; this is not one)</source>
        <translation>bukan dokumen Word (.docx adalah berkas zip; berkas ini bukan)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="134" />
        <source>not a readable Word document (damaged or truncated zip)</source>
        <translation>dokumen Word tidak terbaca (zip rusak atau terpotong)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="137" />
        <source>not a Word document (no word/document.xml inside)</source>
        <translation>bukan dokumen Word (tidak ada word/document.xml di dalamnya)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="140" />
        <source>unpacks to %1 MB, over the %2 MB limit (zip bomb?)</source>
        <translation>terurai menjadi %1 MB, melebihi batas %2 MB (bom zip?)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="143" />
        <source>compressed %1:1, a zip bomb; not opened</source>
        <translation>terkompresi %1:1, bom zip; tidak dibuka</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="144" />
        <source>not a readable Word document</source>
        <translation>dokumen Word tidak terbaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="145" />
        <source>not a readable Word document (%1)</source>
        <translation>dokumen Word tidak terbaca (%1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="146" />
        <source>no text in the document</source>
        <translation>tidak ada teks di dokumen</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="162" />
        <source>expected ',' or ']' but found %1</source>
        <translation>seharusnya ',' atau ']' tetapi ditemukan %1</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="177" />
        <source>record %1 is nested too deeply to read</source>
        <translation>rekaman %1 bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="178" />
        <source>line %1 is nested too deeply to read</source>
        <translation>baris %1 bersarang terlalu dalam untuk dibaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="179" />
        <source>the file ends inside an element (truncated?)</source>
        <translation>berkas berakhir di tengah sebuah elemen (terpotong?)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="180" />
        <source>expected ':' after a key</source>
        <translation>seharusnya ada ':' setelah kunci</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="181" />
        <source>the object is not closed (file truncated?)</source>
        <translation>objek tidak ditutup (berkas terpotong?)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="182" />
        <source>record %1 opens a quote that is never closed; rest of file not read</source>
        <translation>rekaman %1 membuka tanda kutip yang tidak pernah ditutup; sisa berkas tidak dibaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="185" />
        <source>record %1 is not readable CSV (%2)</source>
        <translation>rekaman %1 bukan CSV yang terbaca (%2)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="186" />
        <source>the header row is larger than %1 MB</source>
        <translation>baris judul kolom lebih besar dari %1 MB</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="188" />
        <source>a saved search needs a name of 1 to %1 characters on one line</source>
        <translation>pencarian tersimpan perlu nama 1 sampai %1 karakter dalam satu baris</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="191" />
        <source>%1 cannot be read (%2); fix or remove it</source>
        <translation>%1 tidak dapat dibaca (%2); perbaiki atau hapus</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="192" />
        <source>%1 is not a saved-searches file of version %2; fix or remove it</source>
        <translation>%1 bukan berkas pencarian tersimpan versi %2; perbaiki atau hapus</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="195" />
        <source>%1 has an invalid entry (%2); fix or remove it</source>
        <translation>%1 memuat entri yang tidak sah (%2); perbaiki atau hapus</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="198" />
        <source>no saved search named %1 (saved: %2)</source>
        <translation>tidak ada pencarian tersimpan bernama %1 (tersimpan: %2)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="199" />
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="200" />
        <source>a saved search named %1 exists; remove it first</source>
        <translation>pencarian tersimpan bernama %1 sudah ada; hapus dulu</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="201" />
        <source>%1: entry %2 is skipped (%3); fix or remove it</source>
        <translation>%1: entri %2 dilewati (%3); perbaiki atau hapus</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="204" />
        <source>a second search named %1</source>
        <translation>pencarian kedua bernama %1</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="205" />
        <source>nested too deeply</source>
        <translation>bersarang terlalu dalam</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="207" />
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="208" />
        <source>an array</source>
        <translation>larik</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="209" />
        <source>a string</source>
        <translation>teks</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="210" />
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="211" />
        <source>true/false</source>
        <translation>benar/salah</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="212" />
        <source>null</source>
        <translation>nilai kosong (null)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="214" />
        <source>No such file or directory</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="215" />
        <source>Permission denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="216" />
        <source>Operation not permitted</source>
        <translation>operasi tidak diizinkan</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="217" />
        <source>Too many levels of symbolic links</source>
        <translation>terlalu banyak tingkat tautan simbolik</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="218" />
        <source>Input/output error</source>
        <translation>galat masukan/keluaran</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="219" />
        <source>Is a directory</source>
        <translation>berupa folder</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="220" />
        <source>Not a directory</source>
        <translation>bukan folder</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="221" />
        <source>File name too long</source>
        <translation>nama berkas terlalu panjang</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="222" />
        <source>Stale file handle</source>
        <translation>pegangan berkas kedaluwarsa</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="224" />
        <source>another indexing run is busy with this index; try again when it ends</source>
        <translation>proses pengindeksan lain sedang memakai indeks ini; coba lagi setelah selesai</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="233" />
        <source>another indexing run is busy with this index; %1 is out of the library and its articles leave the index on the next indexing run</source>
        <translation>proses pengindeksan lain sedang memakai indeks ini; %1 sudah keluar dari pustaka dan artikelnya keluar dari indeks pada pengindeksan berikutnya</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="238" />
        <source>another Telusur process has been changing the library for over %1 s; try again</source>
        <translation>proses Telusur lain sudah lebih dari %1 dtk mengubah pustaka; coba lagi</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="241" />
        <source>a worker process was killed (out of memory?); the %1 files it had not finished were indexed again in the main process</source>
        <translation>sebuah proses pekerja dihentikan paksa (kehabisan memori?); %1 berkas yang belum diselesaikannya diindeks ulang di proses utama</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="247" />
        <source>scanned image: OCR is off because Tesseract with its Indonesian model is not installed (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: the UB Mannheim installer with 'Indonesian'; macOS: brew install tesseract tesseract-lang)</source>
        <translation>gambar hasil pindai: OCR tidak aktif karena Tesseract dengan model bahasa Indonesianya belum terpasang (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: penginstal UB Mannheim dengan pilihan 'Indonesian'; macOS: brew install tesseract tesseract-lang)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="253" />
        <source>no text layer (scanned PDF); OCR is off because Tesseract with its Indonesian model is not installed (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: the UB Mannheim installer with 'Indonesian'; macOS: brew install tesseract tesseract-lang)</source>
        <translation>tidak ada lapisan teks (PDF hasil pindai); OCR tidak aktif karena Tesseract dengan model bahasa Indonesianya belum terpasang (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: penginstal UB Mannheim dengan pilihan 'Indonesian'; macOS: brew install tesseract tesseract-lang)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="259" />
        <source>image too large to read (%1 x %2 pixels)</source>
        <translation>gambar terlalu besar untuk dibaca (%1 x %2 piksel)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="260" />
        <source>image too large to read (over 178 million pixels)</source>
        <translation>gambar terlalu besar untuk dibaca (lebih dari 178 juta piksel)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="263" />
        <source>not a readable image (damaged or not an image)</source>
        <translation>gambar tidak terbaca (rusak atau bukan gambar)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="264" />
        <source>took longer than %1 s to read</source>
        <translation>butuh lebih dari %1 dtk untuk dibaca</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="265" />
        <source>no text layer (scanned PDF) and OCR found no text</source>
        <translation>tidak ada lapisan teks (PDF hasil pindai) dan OCR tidak menemukan teks</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="266" />
        <source>no text found in the scan</source>
        <translation>tidak ada teks yang ditemukan di hasil pindai</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="267" />
        <source>photo, not a clipping (OCR read only %1 words)</source>
        <translation>foto, bukan kliping (OCR hanya membaca %1 kata)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="268" />
        <source>no text layer (scanned PDF) and OCR found none</source>
        <translation>tidak ada lapisan teks (PDF hasil pindai) dan OCR tidak menemukan teks apa pun</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="270" />
        <source>an OpenDocument text</source>
        <translation>dokumen teks OpenDocument</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="271" />
        <source>OpenDocument text</source>
        <translation>dokumen teks OpenDocument</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="272" />
        <source>an EPUB e-book</source>
        <translation>e-book EPUB</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="273" />
        <source>EPUB e-book</source>
        <translation>e-book EPUB</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="275" />
        <source>not %1 (it is a zip file; this is not one)</source>
        <translation>bukan %1 (seharusnya berkas zip; berkas ini bukan zip)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="276" />
        <source>not a readable %1 (damaged or truncated zip)</source>
        <translation>%1 tidak terbaca (zip rusak atau terpotong)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="277" />
        <source>not %1 (no %2 inside)</source>
        <translation>bukan %1 (tidak ada %2 di dalamnya)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="278" />
        <source>not a readable OpenDocument text (%1)</source>
        <translation>dokumen teks OpenDocument tidak terbaca (%1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="279" />
        <source>not a readable EPUB e-book (no package file)</source>
        <translation>e-book EPUB tidak terbaca (tidak ada berkas paket)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="280" />
        <source>no text in the e-book</source>
        <translation>tidak ada teks di e-book</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="281" />
        <source>not an RTF document (it does not start with {\rtf)</source>
        <translation>bukan dokumen RTF (tidak diawali {\rtf)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="282" />
        <source>not a readable RTF document (%1)</source>
        <translation>dokumen RTF tidak terbaca (%1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="284" />
        <source>%1 cannot be read (%2)</source>
        <translation>%1 tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="285" />
        <source>%1 (the checksum map) is damaged</source>
        <translation>%1 (peta checksum) rusak</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="286" />
        <source>%1 (the checksum map) is missing</source>
        <translation>%1 (peta checksum) tidak ada</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="287" />
        <source>%1 has no recorded checksum</source>
        <translation>%1 tidak punya checksum yang tercatat</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="288" />
        <source>%1 has %2 bytes instead of %3</source>
        <translation>%1 berukuran %2 bita, seharusnya %3</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="289" />
        <source>%1 does not match its checksum</source>
        <translation>%1 tidak cocok dengan checksum-nya</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="290" />
        <source>a full read found damage</source>
        <translation>pembacaan menyeluruh menemukan kerusakan</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="291" />
        <source>a full read found damage: %1</source>
        <translation>pembacaan menyeluruh menemukan kerusakan: %1</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="292" />
        <source>a full read found damage (%1)</source>
        <translation>pembacaan menyeluruh menemukan kerusakan (%1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="293" />
        <source>the finding could not be noted for `telusur index` (%1)</source>
        <translation>temuan ini tidak dapat dicatat untuk `telusur index` (%1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="294" />
        <source>reading the index failed (%1)</source>
        <translation>gagal membaca indeks (%1)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="296" />
        <source>the file is open in another program; close it and try again</source>
        <translation>berkas sedang dibuka di program lain; tutup dulu, lalu coba lagi</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="299" />
        <source>no free temporary name</source>
        <translation>tidak ada nama berkas sementara yang bebas</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="301" />
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="302" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="304" />
        <source>no index yet</source>
        <translation>belum ada indeks</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="305" />
        <source>the index was built by another version of Telusur</source>
        <translation>indeks dibuat oleh versi Telusur yang lain</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="307" />
        <source>the index is damaged (its files differ from the checksums recorded when they were written)</source>
        <translation>indeks rusak (berkasnya berbeda dari checksum yang dicatat saat ditulis)</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="227" />
        <source>another Telusur process is rebuilding this index; try again when it ends</source>
        <translation>proses Telusur lain sedang membangun ulang indeks ini; coba lagi setelah selesai</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="306" />
        <source>the index could not be opened</source>
        <translation>indeks tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../core_messages.py" line="230" />
        <source>the index location %1 is not a folder; give a folder or remove that file</source>
        <translation>lokasi indeks %1 bukan folder; berikan folder atau hapus berkas itu</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../filters.py" line="85" />
        <source>any day</source>
        <translation>kapan saja</translation>
    </message>
    <message>
        <location filename="../filters.py" line="86" />
        <source>e.g. 15/09/2019, 15 Sep 2019, Sep 2019 or 2019</source>
        <translation>mis. 15/09/2019, 15 Sep 2019, Sep 2019 atau 2019</translation>
    </message>
</context>
<context>
    <name>DateFilter</name>
    <message>
        <location filename="../filters.py" line="191" />
        <source>Date range preset</source>
        <translation>Pilihan rentang tanggal</translation>
    </message>
    <message>
        <location filename="../filters.py" line="245" />
        <source>All dates</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <location filename="../filters.py" line="254" />
        <source>Custom range</source>
        <translation>Rentang sendiri</translation>
    </message>
    <message>
        <location filename="../filters.py" line="196" />
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <location filename="../filters.py" line="197" />
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <location filename="../filters.py" line="205" />
        <location filename="../filters.py" line="206" />
        <source>Show all dates</source>
        <translation>Tampilkan semua tanggal</translation>
    </message>
    <message>
        <location filename="../filters.py" line="213" />
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location filename="../filters.py" line="218" />
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location filename="../filters.py" line="324" />
        <source>Cannot read the date “%1”. Type it like 15/09/2019, 15 Sep 2019, Sep 2019 or 2019.</source>
        <translation>Tanggal “%1” tidak terbaca. Tulis seperti 15/09/2019, 15 Sep 2019, Sep 2019 atau 2019.</translation>
    </message>
    <message>
        <location filename="../filters.py" line="342" />
        <source>from %1</source>
        <translation>sejak %1</translation>
    </message>
    <message>
        <location filename="../filters.py" line="344" />
        <source>until %1</source>
        <translation>sampai %1</translation>
    </message>
</context>
<context>
    <name>EmptyStateView</name>
    <message>
        <location filename="../empty_state.py" line="49" />
        <source>Search status</source>
        <translation>Status pencarian</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="74" />
        <source>Opening the library…</source>
        <translation>Membuka pustaka…</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="76" />
        <source>Indexing articles… You can already search; results appear as they are indexed.</source>
        <translation>Mengindeks artikel… Anda sudah bisa mencari; hasil muncul begitu artikel terindeks.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="78" />
        <source>The library is empty.</source>
        <translation>Pustaka masih kosong.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="85" />
        <source>To search your own news, add the folder where you keep your archive (text, Markdown, saved web pages, PDF, Word or data-set files):</source>
        <translation>Untuk mencari berita Anda sendiri, tambahkan folder tempat arsip Anda disimpan (berkas teks, Markdown, halaman web tersimpan, PDF, Word, atau data set):</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="92" />
        <source>Type to search %1 articles.</source>
        <translation>Ketik untuk mencari di %1 artikel.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="117" />
        <source>Add archive folder…</source>
        <translation>Tambah folder arsip…</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="121" />
        <source>Tips: "exact phrase" · -exclude · word* · judul:word searches headlines · OR between alternatives</source>
        <translation>Tips: "frasa persis" · -kecualikan · kata* · judul:kata mencari di judul · OR di antara pilihan</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="111" />
        <source>No articles match “%1”.</source>
        <translation>Tidak ada artikel yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="81" />
        <source>Welcome to Telusur.</source>
        <translation>Selamat datang di Telusur.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="82" />
        <source>The library holds only a sample article that comes with Telusur (search %1 to see it).</source>
        <translation>Pustaka baru berisi satu artikel contoh bawaan Telusur (cari %1 untuk melihatnya).</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="99" />
        <location filename="../empty_state.py" line="109" />
        <source>No articles match “%1” in the chosen dates (%2).</source>
        <translation>Tidak ada artikel yang cocok dengan “%1” pada tanggal yang dipilih (%2).</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="101" />
        <source>%1 articles match on other dates.</source>
        <translation>%1 artikel cocok pada tanggal lain.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="103" />
        <source>No articles in the chosen dates (%1).</source>
        <translation>Tidak ada artikel pada tanggal yang dipilih (%1).</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="104" />
        <source>The archive holds %1 articles on other dates.</source>
        <translation>Arsip memuat %1 artikel pada tanggal lain.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="112" />
        <source>Try fewer or different words.</source>
        <translation>Coba kata yang lebih sedikit atau berbeda.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="95" />
        <source>Search all dates</source>
        <translation>Cari di semua tanggal</translation>
    </message>
</context>
<context>
    <name>ExpansionLabel</name>
    <message>
        <location filename="../expansion.py" line="28" />
        <source>Also searched</source>
        <translation>Juga dicari</translation>
    </message>
    <message>
        <location filename="../expansion.py" line="29" />
        <source>Click a word to search without it</source>
        <translation>Klik sebuah kata untuk mencari tanpanya</translation>
    </message>
    <message>
        <location filename="../expansion.py" line="42" />
        <source>Also searching: %1</source>
        <translation>juga mencari: %1</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../export_results.py" line="141" />
        <source>CSV table (*.csv)</source>
        <translation>Tabel CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../export_results.py" line="141" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../export_results.py" line="142" />
        <source>RIS for Zotero or Mendeley (*.ris)</source>
        <translation>RIS untuk Zotero atau Mendeley (*.ris)</translation>
    </message>
    <message>
        <location filename="../export_results.py" line="144" />
        <location filename="../export_results.py" line="157" />
        <location filename="../export_results.py" line="186" />
        <location filename="../export_results.py" line="197" />
        <source>Export results</source>
        <translation>Ekspor hasil</translation>
    </message>
    <message>
        <location filename="../export_results.py" line="154" />
        <source>Exporting %1 results…</source>
        <translation>Mengekspor %1 hasil…</translation>
    </message>
    <message>
        <location filename="../export_results.py" line="155" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../export_results.py" line="187" />
        <source>%1 results written to %2. Open the folder?</source>
        <translation>%1 hasil ditulis ke %2. Buka foldernya?</translation>
    </message>
    <message>
        <location filename="../export_results.py" line="198" />
        <source>The export failed: %1. Nothing was written.</source>
        <translation>Ekspor gagal: %1. Tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>IndexingController</name>
    <message>
        <location filename="../indexing.py" line="114" />
        <source>The index could not be used (%1), so it is being rebuilt from your folders. Searches will find more as it fills.</source>
        <translation>Indeks tidak dapat dipakai (%1), jadi sedang dibangun ulang dari folder Anda. Pencarian akan menemukan lebih banyak seiring indeks terisi.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="128" />
        <source>The index is damaged; it is being rebuilt from your folders.</source>
        <translation>Indeks rusak; sedang dibangun ulang dari folder Anda.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="130" />
        <source>The index was deleted while Telusur was open; it is being rebuilt from your folders.</source>
        <translation>Indeks terhapus saat Telusur terbuka; sedang dibangun ulang dari folder Anda.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="149" />
        <source>Choose a folder of articles</source>
        <translation>Pilih folder artikel</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="162" />
        <source>Cannot index %1: %2. Choose another folder.</source>
        <translation>Tidak dapat mengindeks %1: %2. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="164" />
        <location filename="../indexing.py" line="252" />
        <location filename="../indexing.py" line="298" />
        <source>Choose another folder…</source>
        <translation>Pilih folder lain…</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="172" />
        <source>it is not a folder</source>
        <translation>itu bukan folder</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="191" />
        <source>The library has no folders yet.</source>
        <translation>Pustaka belum punya folder.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="192" />
        <source>Add archive folder…</source>
        <translation>Tambah folder arsip…</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="236" />
        <source>Folder removed from the library; %1 articles left the index (files untouched).</source>
        <translation>Folder dihapus dari pustaka; %1 artikel keluar dari indeks (berkas tidak disentuh).</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="249" />
        <source>No article files were found in %1. Choose another folder.</source>
        <translation>Tidak ada berkas artikel di %1. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="268" />
        <source>Index updated: %1 added, %2 updated, %3 removed.</source>
        <translation>Indeks diperbarui: %1 ditambah, %2 diperbarui, %3 dihapus.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="279" />
        <source>Another indexing run is using the index; trying again in %1 s.</source>
        <translation>Proses pengindeksan lain sedang memakai indeks; mencoba lagi dalam %1 dtk.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="289" />
        <source>Another indexing run is using the index (perhaps the telusur command). Try again when it has finished.</source>
        <translation>Pengindeksan lain sedang memakai indeks (mungkin perintah telusur). Coba lagi setelah selesai.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="292" />
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="296" />
        <source>Indexing stopped: %1. Check the folder, or choose another one.</source>
        <translation>Pengindeksan berhenti: %1. Periksa folder itu, atau pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="302" />
        <source>Indexing stopped: %1. Reindexing everything rebuilds the index.</source>
        <translation>Pengindeksan berhenti: %1. Indeks ulang semua akan membangun ulang indeks.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="304" />
        <source>Reindex all</source>
        <translation>Indeks ulang semua</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../language_menu.py" line="28" />
        <source>Lan&amp;guage</source>
        <translation>&amp;Bahasa</translation>
    </message>
</context>
<context>
    <name>LibraryManager</name>
    <message>
        <location filename="../library_manager.py" line="37" />
        <source>Remove folder from library</source>
        <translation>Hapus folder dari pustaka</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="39" />
        <source>Remove %1 from the library?</source>
        <translation>Hapus %1 dari pustaka?</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="41" />
        <source>Its %1 articles leave the index. The files themselves stay where they are; you can add the folder again later.</source>
        <translation>%1 artikelnya keluar dari indeks. Berkasnya sendiri tetap di tempatnya; folder ini bisa ditambahkan lagi nanti.</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="43" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="44" />
        <source>Keep</source>
        <translation>Jangan hapus</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="59" />
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="65" />
        <source>The folders Telusur indexes. Removing a folder never touches its files.</source>
        <translation>Folder yang diindeks Telusur. Menghapus folder tidak pernah menyentuh berkasnya.</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="70" />
        <source>Library folders</source>
        <translation>Folder pustaka</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="71" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="71" />
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="71" />
        <source>Last synced</source>
        <translation>Sinkron terakhir</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="81" />
        <source>The library has no folders yet.</source>
        <translation>Pustaka belum punya folder.</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="85" />
        <source>Add archive folder…</source>
        <translation>Tambah folder arsip…</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="87" />
        <source>Reindex</source>
        <translation>Indeks ulang</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="89" />
        <source>Bring the index up to date with the selected folder</source>
        <translation>Perbarui indeks dengan folder yang dipilih</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="90" />
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="92" />
        <source>Remove the selected folder from the library (asks first)</source>
        <translation>Hapus folder yang dipilih dari pustaka (ditanya dulu)</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="95" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="141" />
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="125" />
        <source>Choose a folder of articles, add it to the library and index it</source>
        <translation>Pilih folder artikel, tambahkan ke pustaka, lalu indeks</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130" />
        <source>Reindex all</source>
        <translation>Indeks ulang semua</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133" />
        <source>Bring the index up to date with every library folder</source>
        <translation>Perbarui indeks dengan semua folder pustaka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134" />
        <source>Remove folder from library</source>
        <translation>Hapus folder dari pustaka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139" />
        <source>&amp;Library</source>
        <translation>&amp;Pustaka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122" />
        <source>Add archive folder…</source>
        <translation>Tambah folder arsip…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="127" />
        <source>Manage library…</source>
        <translation>Kelola pustaka…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="129" />
        <source>The library's folders, their articles and last sync</source>
        <translation>Folder pustaka, jumlah artikelnya, dan sinkron terakhir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165" />
        <source>Search articles… (e.g. banjir jakarta, "energi baru", -politik)</source>
        <translation>Cari artikel… (mis. banjir jakarta, "energi baru", -politik)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="166" />
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167" />
        <source>Ctrl+L or Ctrl+F to come here; Esc clears; Down goes to the results</source>
        <translation>Ctrl+L atau Ctrl+F untuk ke sini; Esc mengosongkan; panah bawah ke hasil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="175" />
        <source>Sort results</source>
        <translation>Urutkan hasil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176" />
        <source>Most relevant</source>
        <translation>Paling relevan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177" />
        <source>Newest first</source>
        <translation>Terbaru dulu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178" />
        <source>Oldest first</source>
        <translation>Terlama dulu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198" />
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="348" />
        <source>The interface will be in %1 the next time Telusur starts.</source>
        <translation>Antarmuka akan memakai %1 saat Telusur dibuka lagi.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="356" />
        <source>(no folders)</source>
        <translation>(tidak ada folder)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../message_bar.py" line="22" />
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <location filename="../message_bar.py" line="32" />
        <source>Dismiss message</source>
        <translation>Tutup pesan</translation>
    </message>
</context>
<context>
    <name>NewArticleMarks</name>
    <message>
        <location filename="../new_articles.py" line="72" />
        <source>1 article new since you last looked is marked “New”</source>
        <translation>1 artikel baru sejak terakhir dilihat ditandai “Baru”</translation>
    </message>
    <message>
        <location filename="../new_articles.py" line="73" />
        <source>%1 articles new since you last looked are marked “New”</source>
        <translation>%1 artikel baru sejak terakhir dilihat ditandai “Baru”</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../preview.py" line="144" />
        <source>Article preview</source>
        <translation>Pratinjau artikel</translation>
    </message>
    <message>
        <location filename="../preview.py" line="145" />
        <source>Select a result to read the article here.</source>
        <translation>Pilih hasil untuk membaca artikelnya di sini.</translation>
    </message>
    <message>
        <location filename="../preview.py" line="153" />
        <source>Previous match (Shift+F3)</source>
        <translation>Kecocokan sebelumnya (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../preview.py" line="159" />
        <source>Next match (F3)</source>
        <translation>Kecocokan berikutnya (F3)</translation>
    </message>
    <message>
        <location filename="../preview.py" line="166" />
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <location filename="../preview.py" line="170" />
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <location filename="../preview.py" line="172" />
        <source>Open link</source>
        <translation>Buka tautan</translation>
    </message>
    <message>
        <location filename="../preview.py" line="174" />
        <source>Open the article's web page in the browser</source>
        <translation>Buka halaman web artikel di peramban</translation>
    </message>
    <message>
        <location filename="../preview.py" line="180" />
        <source>Previous match</source>
        <translation>Kecocokan sebelumnya</translation>
    </message>
    <message>
        <location filename="../preview.py" line="181" />
        <source>Next match</source>
        <translation>Kecocokan berikutnya</translation>
    </message>
    <message>
        <location filename="../preview.py" line="182" />
        <source>Open the original file</source>
        <translation>Buka berkas aslinya</translation>
    </message>
    <message>
        <location filename="../preview.py" line="183" />
        <source>Show the file in its folder</source>
        <translation>Tampilkan berkas di foldernya</translation>
    </message>
    <message>
        <location filename="../preview.py" line="184" />
        <source>Open the article's web page</source>
        <translation>Buka halaman web artikel</translation>
    </message>
    <message>
        <location filename="../preview.py" line="221" />
        <source>This article is no longer in the index.</source>
        <translation>Artikel ini sudah tidak ada di indeks.</translation>
    </message>
    <message>
        <location filename="../preview.py" line="235" />
        <source>The preview shows the first %1 of %2 characters; open the file to read it all.</source>
        <translation>Pratinjau menampilkan %1 karakter pertama dari %2; buka berkasnya untuk membaca semuanya.</translation>
    </message>
    <message>
        <location filename="../preview.py" line="336" />
        <source>Match %1 of %2</source>
        <translation>Kecocokan %1 dari %2</translation>
    </message>
    <message>
        <location filename="../preview.py" line="349" />
        <source>No program could open %1. Open it from your file manager, or install a program for this kind of file.</source>
        <translation>Tidak ada program yang dapat membuka %1. Buka dari pengelola berkas, atau pasang program untuk jenis berkas ini.</translation>
    </message>
    <message>
        <location filename="../preview.py" line="357" />
        <source>No web browser could open %1. The link is copied: paste it into a browser.</source>
        <translation>Tidak ada peramban yang bisa membuka %1. Tautannya sudah disalin: tempelkan di peramban.</translation>
    </message>
    <message>
        <location filename="../preview.py" line="363" />
        <source>No file manager could show %1.</source>
        <translation>Tidak ada pengelola berkas yang dapat menampilkan %1.</translation>
    </message>
    <message>
        <location filename="../preview.py" line="370" />
        <source>The file %1 no longer exists. Reindex its folder to update the results.</source>
        <translation>Berkas %1 sudah tidak ada. Indeks ulang foldernya untuk memperbarui hasil.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location filename="../qt_strings.py" line="93" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../qt_strings.py" line="34" />
        <source>Look in:</source>
        <translation>Lihat di:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="35" />
        <source>&amp;Look in:</source>
        <translation>&amp;Lihat di:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="36" />
        <source>Directory:</source>
        <translation>Direktori:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="37" />
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="38" />
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="39" />
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="40" />
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="41" />
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="42" />
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="43" />
        <source>Find Directory</source>
        <translation>Cari Direktori</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="44" />
        <source>Directories</source>
        <translation>Direktori</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="45" />
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="46" />
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="47" />
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="48" />
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="49" />
        <source>Parent Directory</source>
        <translation>Direktori Induk</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="50" />
        <source>Go to the parent directory</source>
        <translation>Ke direktori induk</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="51" />
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="52" />
        <source>Create a New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="53" />
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="54" />
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="55" />
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="56" />
        <source>Change to list view mode</source>
        <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="57" />
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="58" />
        <source>Change to detail view mode</source>
        <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="59" />
        <source>List of places and bookmarks</source>
        <translation>Daftar tempat dan markah</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="60" />
        <source>Sidebar</source>
        <translation>Bilah samping</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="61" />
        <source>Recent Places</source>
        <translation>Tempat Terkini</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="62" />
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="63" />
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="64" />
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="65" />
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="66" />
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="68" />
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="69" />
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="70" />
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="71" />
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Yakin ingin menghapus '%1'?</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="72" />
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Direktori tidak ditemukan.
Periksa kembali nama direktorinya.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../qt_strings.py" line="73" />
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="74" />
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="75" />
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="76" />
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="77" />
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="78" />
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="79" />
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../qt_strings.py" line="90" />
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="91" />
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="92" />
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../qt_strings.py" line="17" />
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="18" />
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="19" />
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="20" />
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="21" />
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="22" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="23" />
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../qt_strings.py" line="81" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="82" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="83" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="84" />
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="85" />
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="86" />
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="87" />
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="88" />
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="89" />
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../qt_strings.py" line="25" />
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="26" />
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="27" />
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="28" />
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="29" />
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="30" />
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="31" />
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../qt_strings.py" line="32" />
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>RelatedView</name>
    <message>
        <location filename="../related.py" line="35" />
        <source>Related articles</source>
        <translation>Artikel terkait</translation>
    </message>
    <message>
        <location filename="../related.py" line="36" />
        <source>Articles on the same topic; Enter or a click reads one</source>
        <translation>Artikel bertopik sama; tekan Enter atau klik untuk membacanya</translation>
    </message>
</context>
<context>
    <name>ResultCount</name>
    <message>
        <location filename="../statusbar.py" line="71" />
        <source>%1 result (%2 articles including copies)</source>
        <translation>%1 hasil (%2 artikel termasuk salinan)</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="72" />
        <source>%1 results (%2 articles including copies)</source>
        <translation>%1 hasil (%2 artikel termasuk salinan)</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="76" />
        <source>%1 result</source>
        <translation>%1 hasil</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="76" />
        <source>%1 results</source>
        <translation>%1 hasil</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../delegate.py" line="283" />
        <source>New</source>
        <translation>Baru</translation>
    </message>
</context>
<context>
    <name>ResultNotes</name>
    <message>
        <location filename="../result_notes.py" line="23" />
        <source>About these results</source>
        <translation>Tentang hasil ini</translation>
    </message>
    <message>
        <location filename="../result_notes.py" line="32" />
        <source>No article has every word; showing articles with some of them.</source>
        <translation>Tidak ada artikel yang memuat semua kata; ditampilkan artikel yang memuat sebagian.</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../results_model.py" line="208" />
        <source>New</source>
        <translation>Baru</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <location filename="../saved_searches.py" line="115" />
        <source>Save search…</source>
        <translation>Simpan pencarian…</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="118" />
        <source>Save the query and its filters under a name (Ctrl+S)</source>
        <translation>Simpan kueri beserta saringannya dengan sebuah nama (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="128" />
        <source>Type a query first, then save it.</source>
        <translation>Ketik kueri dulu, lalu simpan.</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="140" />
        <source>Save search</source>
        <translation>Simpan pencarian</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="141" />
        <source>Name of the saved search:</source>
        <translation>Nama pencarian tersimpan:</translation>
    </message>
</context>
<context>
    <name>SavedSearchesView</name>
    <message>
        <location filename="../saved_searches.py" line="69" />
        <source>Saved searches</source>
        <translation>Pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="70" />
        <source>Your saved searches; the number is how many articles are new since you last looked</source>
        <translation>Pencarian tersimpan Anda; angkanya adalah jumlah artikel baru sejak terakhir dilihat</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="78" />
        <source>%1   ● %2 new</source>
        <translation>%1   ● %2 baru</translation>
    </message>
    <message>
        <location filename="../saved_searches.py" line="82" />
        <source>%1: %2 articles, %3 new</source>
        <translation>%1: %2 artikel, %3 baru</translation>
    </message>
</context>
<context>
    <name>SearchPresenter</name>
    <message>
        <location filename="../search_presenter.py" line="253" />
        <source>The search could not run: %1. Rebuilding the index usually fixes this.</source>
        <translation>Pencarian tidak dapat dijalankan: %1. Membangun ulang indeks biasanya mengatasinya.</translation>
    </message>
    <message>
        <location filename="../search_presenter.py" line="255" />
        <source>Reindex all</source>
        <translation>Indeks ulang semua</translation>
    </message>
</context>
<context>
    <name>SourceFilter</name>
    <message>
        <location filename="../outlets.py" line="26" />
        <source>Outlets</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../outlets.py" line="27" />
        <source>Tick outlets to show only their articles (Space ticks)</source>
        <translation>Centang media untuk menampilkan artikelnya saja (Spasi mencentang)</translation>
    </message>
    <message>
        <location filename="../outlets.py" line="65" />
        <source>(unknown outlet)</source>
        <translation>(media tak diketahui)</translation>
    </message>
    <message>
        <location filename="../outlets.py" line="69" />
        <source>Articles whose outlet is not known: their file names no outlet</source>
        <translation>Artikel yang medianya tidak diketahui: berkasnya tidak menyebut media</translation>
    </message>
</context>
<context>
    <name>SuggestionLabel</name>
    <message>
        <location filename="../suggestion.py" line="26" />
        <source>Spelling suggestion</source>
        <translation>Saran ejaan</translation>
    </message>
    <message>
        <location filename="../suggestion.py" line="46" />
        <source>Showing results for %1 — search %2 only</source>
        <translation>Menampilkan hasil untuk %1 — cari %2 saja</translation>
    </message>
    <message>
        <location filename="../suggestion.py" line="55" />
        <source>Did you mean %1?</source>
        <translation>Maksud Anda %1?</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../statusbar.py" line="123" />
        <source>Indexing progress</source>
        <translation>Kemajuan pengindeksan</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="127" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="128" />
        <source>Cancel indexing</source>
        <translation>Batalkan pengindeksan</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="140" />
        <source>Indexing…</source>
        <translation>Mengindeks…</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="140" />
        <source>Removing folder…</source>
        <translation>Menghapus folder…</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="150" />
        <source>Stopped; saving the %1 files indexed so far…</source>
        <translation>Dihentikan; menyimpan %1 berkas yang sudah diindeks…</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="159" />
        <source>%1 of %2 files</source>
        <translation>%1 dari %2 berkas</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="162" />
        <source>about %1 left</source>
        <translation>sekitar %1 lagi</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="171" />
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../sync_dialog.py" line="74" />
        <source>Indexing finished</source>
        <translation>Pengindeksan selesai</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="74" />
        <source>Indexing cancelled</source>
        <translation>Pengindeksan dibatalkan</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="79" />
        <source>all library folders</source>
        <translation>semua folder pustaka</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="83" />
        <source>Indexing was cancelled; the articles read so far are kept.</source>
        <translation>Pengindeksan dibatalkan; artikel yang sudah dibaca tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="84" />
        <source>Folders: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="90" />
        <source>%1 added · %2 updated · %3 removed · %4 unchanged · %5 skipped · %6 with a warning · %7 s</source>
        <translation>%1 ditambah · %2 diperbarui · %3 dihapus · %4 tetap · %5 dilewati · %6 dengan peringatan · %7 dtk</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="101" />
        <source>Before this run, automatic updates (new or changed files in the library's folders) had already added %1, updated %2 and removed %3 articles.</source>
        <translation>Sebelum proses ini, pembaruan otomatis (berkas baru atau berubah di folder pustaka) sudah menambah %1, memperbarui %2, dan menghapus %3 artikel.</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="120" />
        <source>folder no longer exists (moved or deleted); its articles stay in the index</source>
        <translation>folder sudah tidak ada (dipindah atau dihapus); artikelnya tetap di indeks</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="128" />
        <source>Files indexed with a warning</source>
        <translation>Berkas yang diindeks dengan peringatan</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="129" />
        <source>Indexed with a warning</source>
        <translation>Diindeks dengan peringatan</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="129" />
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="139" />
        <source>Manage library…</source>
        <translation>Kelola pustaka…</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="151" />
        <source>The library folder %1 no longer exists, so it is skipped on every reindex.</source>
        <translation>Folder pustaka %1 sudah tidak ada, jadi dilewati setiap kali mengindeks ulang.</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="154" />
        <source>%1 library folders no longer exist, so they are skipped on every reindex: %2.</source>
        <translation>%1 folder pustaka sudah tidak ada, jadi dilewati setiap kali mengindeks ulang: %2.</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="157" />
        <source>Their articles stay in the index. To remove a folder from the library, open Library ▸ Manage library…; or put the folder back where it was.</source>
        <translation>Artikelnya tetap di indeks. Untuk menghapus folder dari pustaka, buka Pustaka ▸ Kelola pustaka…; atau kembalikan folder ke tempatnya semula.</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="122" />
        <source>Skipped files and reasons</source>
        <translation>Berkas yang dilewati dan alasannya</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="122" />
        <source>Skipped file</source>
        <translation>Berkas dilewati</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="122" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="134" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../timeline.py" line="70" />
        <source>Timeline of matches</source>
        <translation>Linimasa hasil</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="71" />
        <source>Click a bar or drag across bars to filter by date; double-click to clear</source>
        <translation>Klik batang atau seret melintasi batang untuk menyaring tanggal; klik ganda untuk menghapus</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="97" />
        <source>Peak: %1, %2 articles</source>
        <translation>Puncak: %1, %2 artikel</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="100" />
        <source>%1 undated</source>
        <translation>%1 tanpa tanggal</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="171" />
        <source>%1   (undated: %2)</source>
        <translation>%1   (tanpa tanggal: %2)</translation>
    </message>
    <message>
        <location filename="../timeline.py" line="218" />
        <source>%1: %2 articles</source>
        <translation>%1: %2 artikel</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../tray.py" line="73" />
        <source>Notify me of new articles in saved searches</source>
        <translation>Beri tahu saya artikel baru di pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../tray.py" line="78" />
        <source>Show a desktop notification when a watched folder brings new articles to a saved search</source>
        <translation>Tampilkan pemberitahuan desktop saat folder yang dipantau membawa artikel baru ke pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../tray.py" line="84" />
        <source>This desktop has no system tray, so Telusur cannot show notifications here</source>
        <translation>Desktop ini tidak punya baki sistem, jadi Telusur tidak bisa menampilkan pemberitahuan di sini</translation>
    </message>
    <message>
        <location filename="../tray.py" line="112" />
        <source>New articles in saved searches</source>
        <translation>Artikel baru di pencarian tersimpan</translation>
    </message>
    <message>
        <location filename="../tray.py" line="116" />
        <source>1 new article for “%1”</source>
        <translation>1 artikel baru untuk “%1”</translation>
    </message>
    <message>
        <location filename="../tray.py" line="118" />
        <source>%1 new articles for “%2”</source>
        <translation>%1 artikel baru untuk “%2”</translation>
    </message>
    <message>
        <location filename="../tray.py" line="120" />
        <source>%1: %2 new</source>
        <translation>%1: %2 baru</translation>
    </message>
    <message>
        <location filename="../tray.py" line="122" />
        <source>and %1 more saved searches</source>
        <translation>dan %1 pencarian tersimpan lainnya</translation>
    </message>
</context>
</TS>
