"""Put the Indonesian texts into telusur_id.ts (run after pyside6-lupdate, before lrelease).

The translations live here, keyed by the English source string, so refreshing
the .ts after a code change never loses them; a missing one is reported.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ID = {
    "the index is damaged (its files differ from the checksums recorded when they were written)":
        "indeks rusak (berkasnya berbeda dari checksum yang dicatat saat ditulis)",
    "another Telusur process is rebuilding this index; try again when it ends":
        "proses Telusur lain sedang membangun ulang indeks ini; coba lagi setelah selesai",
    "The index is damaged; it is being rebuilt from your folders.":
        "Indeks rusak; sedang dibangun ulang dari folder Anda.",
    "The index was deleted while Telusur was open; it is being rebuilt from your folders.":
        "Indeks terhapus saat Telusur terbuka; sedang dibangun ulang dari folder Anda.",
    "Another indexing run is using the index; trying again in %1 s.":
        "Proses pengindeksan lain sedang memakai indeks; mencoba lagi dalam %1 dtk.",
    "'^%1' is not a weight: write a positive number like judul:banjir^2":
        "'^%1' bukan bobot: tulis bilangan positif seperti judul:banjir^2",
    "there is no field '%1:'; use judul:, isi: or date:": "tidak ada kolom '%1:'; gunakan judul:, isi: atau date:",
    "Date range preset": "Pilihan rentang tanggal",
    "All dates": "Semua tanggal",
    "Today": "Hari ini",
    "Last 7 days": "7 hari terakhir",
    "Last 30 days": "30 hari terakhir",
    "This year": "Tahun ini",
    "Custom range": "Rentang sendiri",
    "From date": "Dari tanggal",
    "any day": "kapan saja",
    "To date": "Sampai tanggal",
    "Show all dates": "Tampilkan semua tanggal",
    "From": "Dari",
    "to": "sampai",
    "Reindex folder…": "Indeks ulang folder…",
    "Choose a folder of articles, add it to the library and index it":
        "Pilih folder artikel, tambahkan ke pustaka, lalu indeks",
    "Reindex all": "Indeks ulang semua",
    "Bring the index up to date with every library folder": "Perbarui indeks dengan semua folder pustaka",
    "Remove folder from library": "Hapus folder dari pustaka",
    "Quit": "Keluar",
    "&Library": "&Pustaka",
    "Library": "Pustaka",
    "Remove folder": "Hapus folder",
    "Remove a folder from the library": "Hapus sebuah folder dari pustaka",
    'Search articles… (e.g. banjir jakarta, "energi baru", -politik)':
        'Cari artikel… (mis. banjir jakarta, "energi baru", -politik)',
    "Search": "Cari",
    "Ctrl+L or Ctrl+F to come here; Esc clears; Down goes to the results":
        "Ctrl+L atau Ctrl+F untuk ke sini; Esc mengosongkan; panah bawah ke hasil",
    "Sort results": "Urutkan hasil",
    "Most relevant": "Paling relevan",
    "Newest first": "Terbaru dulu",
    "Oldest first": "Terlama dulu",
    "Spelling suggestion": "Saran ejaan",
    "Search results": "Hasil pencarian",
    "Search status": "Status pencarian",
    "Indexing progress": "Kemajuan pengindeksan",
    "Cancel": "Batal",
    "Cancel indexing": "Batalkan pengindeksan",
    "The index could not be used (%1), so it is being rebuilt from your folders. "
    "Searches will find more as it fills.":
        "Indeks tidak dapat dipakai (%1), jadi sedang dibangun ulang dari folder Anda. "
        "Pencarian akan menemukan lebih banyak seiring indeks terisi.",
    "Did you mean %1?": "Maksud Anda %1?",
    "Showing results for %1 — search %2 only": "Menampilkan hasil untuk %1 — cari %2 saja",
    "Also searching: %1": "juga mencari: %1",
    "Also searched": "Juga dicari",
    "Click a word to search without it": "Klik sebuah kata untuk mencari tanpanya",
    "%1 result": "%1 hasil",
    "%1 results": "%1 hasil",
    "The search could not run: %1. Rebuilding the index usually fixes this.":
        "Pencarian tidak dapat dijalankan: %1. Membangun ulang indeks biasanya mengatasinya.",
    "Opening the library…": "Membuka pustaka…",
    "Indexing articles… You can already search; results appear as they are indexed.":
        "Mengindeks artikel… Anda sudah bisa mencari; hasil muncul begitu artikel terindeks.",
    "The library is empty.": "Pustaka masih kosong.",
    "Choose a folder of articles to index…": "Pilih folder artikel untuk diindeks…",
    "Type to search %1 articles.": "Ketik untuk mencari di %1 artikel.",
    'Tips: "exact phrase" · -exclude · word* · judul:word searches headlines · OR between alternatives':
        'Tips: "frasa persis" · -kecualikan · kata* · judul:kata mencari di judul · OR di antara pilihan',
    "No articles match “%1”.": "Tidak ada artikel yang cocok dengan “%1”.",
    "Try fewer or different words.": "Coba kata yang lebih sedikit atau berbeda.",
    "Search all dates": "Cari di semua tanggal",
    "Choose a folder of articles": "Pilih folder artikel",
    "Cannot index %1: %2. Choose another folder.": "Tidak dapat mengindeks %1: %2. Pilih folder lain.",
    "Choose another folder…": "Pilih folder lain…",
    "it is not a folder": "itu bukan folder",
    "The library could not be saved (%1). Check that the index folder is writable.":
        "Pustaka tidak dapat disimpan (%1). Periksa apakah folder indeks dapat ditulisi.",
    "The library has no folders yet.": "Pustaka belum punya folder.",
    "(no folders)": "(tidak ada folder)",
    "Cancelling…": "Membatalkan…",
    "Stopped; saving the %1 files indexed so far…": "Dihentikan; menyimpan %1 berkas yang sudah diindeks…",
    "Indexing…": "Mengindeks…",
    "Removing folder…": "Menghapus folder…",
    "%1 of %2 files": "%1 dari %2 berkas",
    "about %1 left": "sekitar %1 lagi",
    "Folder removed from the library; %1 articles left the index (files untouched).":
        "Folder dihapus dari pustaka; %1 artikel keluar dari indeks (berkas tidak disentuh).",
    "No article files were found in %1. Choose another folder.":
        "Tidak ada berkas artikel di %1. Pilih folder lain.",
    "Index updated: %1 added, %2 updated, %3 removed.":
        "Indeks diperbarui: %1 ditambah, %2 diperbarui, %3 dihapus.",
    "Another indexing run is using the index (perhaps the telusur command). Try again when it has finished.":
        "Pengindeksan lain sedang memakai indeks (mungkin perintah telusur). Coba lagi setelah selesai.",
    "Try again": "Coba lagi",
    "Indexing stopped: %1. Check the folder, or choose another one.":
        "Pengindeksan berhenti: %1. Periksa folder itu, atau pilih folder lain.",
    "Indexing stopped: %1. Reindexing everything rebuilds the index.":
        "Pengindeksan berhenti: %1. Indeks ulang semua akan membangun ulang indeks.",
    "Message": "Pesan",
    "Dismiss message": "Tutup pesan",
    "Article preview": "Pratinjau artikel",
    "Select a result to read the article here.": "Pilih hasil untuk membaca artikelnya di sini.",
    "Previous match (Shift+F3)": "Kecocokan sebelumnya (Shift+F3)",
    "Next match (F3)": "Kecocokan berikutnya (F3)",
    "Open file": "Buka berkas",
    "Show in folder": "Tampilkan di folder",
    "Previous match": "Kecocokan sebelumnya",
    "Next match": "Kecocokan berikutnya",
    "Open the original file": "Buka berkas aslinya",
    "Show the file in its folder": "Tampilkan berkas di foldernya",
    "Open link": "Buka tautan",
    "Open the article's web page in the browser": "Buka halaman web artikel di peramban",
    "Open the article's web page": "Buka halaman web artikel",
    "This article is no longer in the index.": "Artikel ini sudah tidak ada di indeks.",
    "Match %1 of %2": "Kecocokan %1 dari %2",
    "The file %1 no longer exists. Reindex its folder to update the results.":
        "Berkas %1 sudah tidak ada. Indeks ulang foldernya untuk memperbarui hasil.",
    "Indexing finished": "Pengindeksan selesai",
    "Indexing cancelled": "Pengindeksan dibatalkan",
    "all library folders": "semua folder pustaka",
    "Indexing was cancelled; the articles read so far are kept.":
        "Pengindeksan dibatalkan; artikel yang sudah dibaca tetap disimpan.",
    "Folders: %1": "Folder: %1",
    "Skipped files and reasons": "Berkas yang dilewati dan alasannya",
    "Skipped file": "Berkas dilewati",
    "Reason": "Alasan",
    "Close": "Tutup",
    # Date filter that reads typed dates, presets from the archive (issue 11 item 7).
    "Calendar for %1": "Kalender untuk %1",
    "Pick a day on a calendar": "Pilih hari di kalender",
    "e.g. 15/09/2019, 15 Sep 2019, Sep 2019 or 2019": "mis. 15/09/2019, 15 Sep 2019, Sep 2019 atau 2019",
    "Cannot read the date “%1”. Type it like 15/09/2019, 15 Sep 2019, Sep 2019 or 2019.":
        "Tanggal “%1” tidak terbaca. Tulis seperti 15/09/2019, 15 Sep 2019, Sep 2019 atau 2019.",
    "from %1": "sejak %1",
    "until %1": "sampai %1",
    "No articles match “%1” in the chosen dates (%2).":
        "Tidak ada artikel yang cocok dengan “%1” pada tanggal yang dipilih (%2).",
    "%1 articles match on other dates.": "%1 artikel cocok pada tanggal lain.",
    "No articles in the chosen dates (%1).": "Tidak ada artikel pada tanggal yang dipilih (%1).",
    "The archive holds %1 articles on other dates.": "Arsip memuat %1 artikel pada tanggal lain.",
    # First run and the library manager (items 11 and 17).
    "Add archive folder…": "Tambah folder arsip…",
    "Welcome to Telusur.": "Selamat datang di Telusur.",
    "The library holds only a sample article that comes with Telusur (search %1 to see it).":
        "Pustaka baru berisi satu artikel contoh bawaan Telusur (cari %1 untuk melihatnya).",
    "To search your own news, add the folder where you keep your archive "
    "(text, Markdown, saved web pages, PDF, Word or data-set files):":
        "Untuk mencari berita Anda sendiri, tambahkan folder tempat arsip Anda disimpan "
        "(berkas teks, Markdown, halaman web tersimpan, PDF, Word, atau data set):",
    "Manage library…": "Kelola pustaka…",
    "folder no longer exists (moved or deleted); its articles stay in the index":
        "folder sudah tidak ada (dipindah atau dihapus); artikelnya tetap di indeks",
    "The library folder %1 no longer exists, so it is skipped on every reindex.":
        "Folder pustaka %1 sudah tidak ada, jadi dilewati setiap kali mengindeks ulang.",
    "%1 library folders no longer exist, so they are skipped on every reindex: %2.":
        "%1 folder pustaka sudah tidak ada, jadi dilewati setiap kali mengindeks ulang: %2.",
    "Their articles stay in the index. To remove a folder from the library, open "
    "Library ▸ Manage library…; or put the folder back where it was.":
        "Artikelnya tetap di indeks. Untuk menghapus folder dari pustaka, buka "
        "Pustaka ▸ Kelola pustaka…; atau kembalikan folder ke tempatnya semula.",
    "The library's folders, their articles and last sync": "Folder pustaka, jumlah artikelnya, dan sinkron terakhir",
    "Remove %1 from the library?": "Hapus %1 dari pustaka?",
    "Its %1 articles leave the index. The files themselves stay where they are; you can add the folder again later.":
        "%1 artikelnya keluar dari indeks. Berkasnya sendiri tetap di tempatnya; "
        "folder ini bisa ditambahkan lagi nanti.",
    "Remove": "Hapus",
    "Keep": "Jangan hapus",
    "The folders Telusur indexes. Removing a folder never touches its files.":
        "Folder yang diindeks Telusur. Menghapus folder tidak pernah menyentuh berkasnya.",
    "Library folders": "Folder pustaka",
    "Folder": "Folder",
    "Articles": "Artikel",
    "Last synced": "Sinkron terakhir",
    "Reindex": "Indeks ulang",
    "Bring the index up to date with the selected folder": "Perbarui indeks dengan folder yang dipilih",
    "Remove…": "Hapus…",
    "Remove the selected folder from the library (asks first)": "Hapus folder yang dipilih dari pustaka (ditanya dulu)",
    "never": "belum pernah",
    "Lan&guage": "&Bahasa",
    "The interface will be in %1 the next time Telusur starts.":
        "Antarmuka akan memakai %1 saat Telusur dibuka lagi.",
    "No program could open %1. Open it from your file manager, or install a program for this kind of file.":
        "Tidak ada program yang dapat membuka %1. Buka dari pengelola berkas, atau pasang program "
        "untuk jenis berkas ini.",
    "No file manager could show %1.": "Tidak ada pengelola berkas yang dapat menampilkan %1.",
    "About these results": "Tentang hasil ini",
    "No article has every word; showing articles with some of them.":
        "Tidak ada artikel yang memuat semua kata; ditampilkan artikel yang memuat sebagian.",
    "%1 added · %2 updated · %3 removed · %4 unchanged · %5 skipped · %6 with a warning · %7 s":
        "%1 ditambah · %2 diperbarui · %3 dihapus · %4 tetap · %5 dilewati · %6 dengan peringatan · %7 dtk",
    "Files indexed with a warning": "Berkas yang diindeks dengan peringatan",
    "Indexed with a warning": "Diindeks dengan peringatan",
    "Warning": "Peringatan",
    # The core's messages (gui/core_messages.py, context CoreMessages)
    "a lone * would match every article; put at least 2 letters before it":
        "* saja akan cocok dengan semua artikel; tulis minimal 2 huruf sebelum *",
    "'%1' is too broad: put at least %2 letters before * or ?":
        "'%1' terlalu luas: tulis minimal %2 huruf sebelum * atau ?",
    "put a word of at least 2 letters before ~ (for example fotovoltaic~)":
        "tulis kata minimal 2 huruf sebelum ~ (misalnya fotovoltaic~)",
    "the start date is after the end date": "tanggal awal jatuh setelah tanggal akhir",
    "no day is in both the date filter and the dates in the query":
        "tidak ada hari yang masuk rentang filter tanggal sekaligus tanggal di kueri",
    "cannot understand the query (%1)": "kueri tidak dapat dipahami (%1)",
    "nothing left to search for: the words are too common (like 'yang' or 'dan') or only punctuation":
        "tidak ada lagi yang bisa dicari: kata-katanya terlalu umum (seperti 'yang' atau 'dan') "
        "atau hanya tanda baca",
    "'%1' matches too many words; make it longer": "'%1' cocok dengan terlalu banyak kata; buat lebih panjang",
    "unknown sort %1; use one of %2": "urutan %1 tidak dikenal; pakai salah satu dari %2",
    "cannot read the date %1; write it like 2024-07-03": "tanggal %1 tidak terbaca; tulis seperti 2024-07-03",
    "the date range %1 ends before it starts": "rentang tanggal %1 berakhir sebelum dimulai",
    "the query was cut to its first %1 characters": "kueri dipotong menjadi %1 karakter pertamanya",
    "also showing articles with '%1'": "juga menampilkan artikel dengan '%1'",
    "folder not found; its articles stay in the index": "folder tidak ditemukan; artikelnya tetap di indeks",
    "cannot list folder: %1": "isi folder tidak dapat dibaca: %1",
    "cannot read: %1": "tidak dapat dibaca: %1",
    "file disappeared before it could be read": "berkas hilang sebelum sempat dibaca",
    "permission denied": "izin ditolak",
    "file larger than %1 MB": "berkas lebih besar dari %1 MB",
    "empty file": "berkas kosong",
    "not text (binary or unknown encoding)": "bukan teks (biner atau pengodean tidak dikenal)",
    "not text (binary content)": "bukan teks (isi biner)",
    "unreadable date line %1; article left undated":
        "baris tanggal %1 tidak terbaca; artikel dibiarkan tanpa tanggal",
    "no date line; article left undated": "tidak ada baris tanggal; artikel dibiarkan tanpa tanggal",
    "no index yet": "belum ada indeks",
    "the index was built by another version of Telusur": "indeks dibuat oleh versi Telusur yang lain",
    "the index could not be opened (%1)": "indeks tidak dapat dibuka (%1)",
    "the index could not be opened": "indeks tidak dapat dibuka",
    "there is no date %1 (years run from 0001 to 9999); write it like 2024-07-03":
        "tanggal %1 tidak ada (tahun berkisar 0001 sampai 9999); tulis seperti 2024-07-03",
    "%1 is a range; give one date here (a range goes in the query: date:A..B)":
        "%1 adalah rentang; isi satu tanggal di sini (rentang ditulis di kueri: date:A..B)",
    "there is no month %1 in %2; write it like 2024-07-03": "tidak ada bulan %1 dalam %2; tulis seperti 2024-07-03",
    "cannot read the date range %1; write it like 2024-07-01..2024-07-31":
        "rentang tanggal %1 tidak terbaca; tulis seperti 2024-07-01..2024-07-31",
    "not a regular file (a pipe, device or folder took its place)":
        "bukan berkas biasa (pipa, perangkat, atau folder menggantikannya)",
    "the index location %1 is not a folder; give a folder or remove that file":
        "lokasi indeks %1 bukan folder; berikan folder atau hapus berkas itu",
    "a link to a place outside the library folders (not followed)":
        "tautan ke tempat di luar folder pustaka (tidak diikuti)",
    "The preview shows the first %1 of %2 characters; open the file to read it all.":
        "Pratinjau menampilkan %1 karakter pertama dari %2; buka berkasnya untuk membaca semuanya.",
    "is a folder, not a file": "berupa folder, bukan berkas",
    "file larger than %1 MB (the limit for .%2 files)": "berkas lebih besar dari %1 MB (batas untuk berkas .%2)",
    "not an article file (unknown suffix)": "bukan berkas artikel (akhiran tidak dikenal)",
    "markup nested too deeply to read": "markup bersarang terlalu dalam untuk dibaca",
    "too large to read in memory": "terlalu besar untuk dibaca di memori",
    "could not be read (%1)": "tidak dapat dibaca (%1)",
    "took longer than %1 s": "memakan waktu lebih dari %1 dtk",
    "line %1 is not valid JSON (%2)": "baris %1 bukan JSON yang sah (%2)",
    "line %1 is %2, not an article object": "baris %1 berisi %2, bukan objek artikel",
    "not an array of article objects (its first element is %1)": "bukan larik objek artikel (elemen pertamanya %1)",
    "record %1 is %2, not an article object": "rekaman %1 berisi %2, bukan objek artikel",
    "unreadable JSON after record %1: %2; rest of file not read":
        "JSON tidak terbaca setelah rekaman %1: %2; sisa berkas tidak dibaca",
    "unreadable JSON at the start: %1; rest of file not read":
        "JSON tidak terbaca sejak awal: %1; sisa berkas tidak dibaca",
    "not a JSON array": "bukan larik JSON",
    "the array is not closed (file truncated?)": "larik tidak ditutup (berkas terpotong?)",
    "expected ',' or ']' but found %1": "seharusnya ',' atau ']' tetapi ditemukan %1",
    "an element larger than %1 MB or broken JSON": "elemen lebih besar dari %1 MB atau JSON rusak",
    "broken JSON (%1)": "JSON rusak (%1)",
    "not a JSON array of articles or JSON Lines (the file starts with neither [ nor {)":
        "bukan larik JSON berisi artikel maupun JSON Lines (berkas tidak diawali [ atau {)",
    "unreadable CSV header: %1": "baris kepala CSV tidak terbaca: %1",
    "no header row": "tidak ada baris kepala",
    "no column named %1 in the header (%2)": "tidak ada kolom bernama %1 di baris kepala (%2)",
    "unreadable CSV after record %1: %2; rest of file not read":
        "CSV tidak terbaca setelah rekaman %1: %2; sisa berkas tidak dibaca",
    "row has %1 fields, the header %2": "baris punya %1 kolom, baris kepala %2",
    "record %1 is larger than %2 MB": "rekaman %1 lebih besar dari %2 MB",
    "record %1 is nested too deeply to read": "rekaman %1 bersarang terlalu dalam untuk dibaca",
    "line %1 is nested too deeply to read": "baris %1 bersarang terlalu dalam untuk dibaca",
    "record %1 opens a quote that is never closed; rest of file not read":
        "rekaman %1 membuka tanda kutip yang tidak pernah ditutup; sisa berkas tidak dibaca",
    "record %1 is not readable CSV (%2)": "rekaman %1 bukan CSV yang terbaca (%2)",
    "the header row is larger than %1 MB": "baris judul kolom lebih besar dari %1 MB",
    "record %1 has no body (no field named %2)": "rekaman %1 tidak punya isi (tidak ada bidang bernama %2)",
    "record %1 has an empty body": "isi rekaman %1 kosong",
    "the file ends inside an element (truncated?)": "berkas berakhir di tengah sebuah elemen (terpotong?)",
    "expected ':' after a key": "seharusnya ada ':' setelah kunci",
    "the object is not closed (file truncated?)": "objek tidak ditutup (berkas terpotong?)",
    "%1: entry %2 is skipped (%3); fix or remove it": "%1: entri %2 dilewati (%3); perbaiki atau hapus",
    "a second search named %1": "pencarian kedua bernama %1",
    "nested too deeply": "bersarang terlalu dalam",
    "no headline field; first words of the body used": "tidak ada bidang judul; kata-kata pertama isi dipakai",
    "unreadable date %1; article left undated": "tanggal %1 tidak terbaca; artikel dibiarkan tanpa tanggal",
    "unreadable date %1": "tanggal %1 tidak terbaca",
    "not an MHTML file (no MIME structure)": "bukan berkas MHTML (tidak ada struktur MIME)",
    "not an MHTML page (no HTML part inside)": "bukan halaman MHTML (tidak ada bagian HTML di dalamnya)",
    "MHTML page is empty": "halaman MHTML kosong",
    "cannot open the file": "berkas tidak dapat dibuka",
    "not a readable PDF (damaged or truncated)": "PDF tidak terbaca (rusak atau terpotong)",
    "password-protected": "dilindungi kata sandi",
    "encrypted with an unsupported security handler": "dienkripsi dengan pengaman yang tidak didukung",
    "not a readable PDF (page not found)": "PDF tidak terbaca (halaman tidak ditemukan)",
    "not a readable PDF": "PDF tidak terbaca",
    "only the first %1 of %2 pages read (page limit)": "hanya %1 dari %2 halaman pertama yang dibaca (batas halaman)",
    "only the first %1 of %2 pages read (time limit %3 s)":
        "hanya %1 dari %2 halaman pertama yang dibaca (batas waktu %3 dtk)",
    "page %1 unreadable": "halaman %1 tidak terbaca",
    "date taken from the PDF's properties, not its text": "tanggal diambil dari properti PDF, bukan dari teksnya",
    "no date found; article left undated": "tidak ada tanggal; artikel dibiarkan tanpa tanggal",
    "no date found on the page; article left undated": "tidak ada tanggal di halaman; artikel dibiarkan tanpa tanggal",
    "not a web page (binary content)": "bukan halaman web (isi biner)",
    "not a readable web page": "halaman web tidak terbaca",
    "not a Word document (.docx is a zip file; this is not one)":
        "bukan dokumen Word (.docx adalah berkas zip; berkas ini bukan)",
    "not a readable Word document (damaged or truncated zip)": "dokumen Word tidak terbaca (zip rusak atau terpotong)",
    "not a Word document (no word/document.xml inside)": "bukan dokumen Word (tidak ada word/document.xml di dalamnya)",
    "unpacks to %1 MB, over the %2 MB limit (zip bomb?)": "terurai menjadi %1 MB, melebihi batas %2 MB (bom zip?)",
    "compressed %1:1, a zip bomb; not opened": "terkompresi %1:1, bom zip; tidak dibuka",
    "not a readable Word document": "dokumen Word tidak terbaca",
    "not a readable Word document (%1)": "dokumen Word tidak terbaca (%1)",
    "no text in the document": "tidak ada teks di dokumen",
    "No such file or directory": "berkas atau folder tidak ada",
    "Permission denied": "izin ditolak",
    "Operation not permitted": "operasi tidak diizinkan",
    "Too many levels of symbolic links": "terlalu banyak tingkat tautan simbolik",
    "Input/output error": "galat masukan/keluaran",
    "Is a directory": "berupa folder",
    "Not a directory": "bukan folder",
    "File name too long": "nama berkas terlalu panjang",
    "Stale file handle": "pegangan berkas kedaluwarsa",
    "an object": "objek",
    "an array": "larik",
    "a string": "teks",
    "a number": "angka",
    "true/false": "benar/salah",
    "null": "nilai kosong (null)",
    "no articles in this file": "tidak ada artikel di berkas ini",
    "no text": "tidak ada teks",
    "record %1: %2": "rekaman %1: %2",
    "no text layer (scanned PDF)": "tidak ada lapisan teks (PDF hasil pindai)",
    "no article text found on the page (a site index, or a page without text)":
        "tidak ada teks artikel di halaman (indeks situs, atau halaman tanpa teks)",
    "the page is a list of links, not an article (a site index)":
        "halaman ini daftar tautan, bukan artikel (indeks situs)",
    "another indexing run is busy with this index; try again when it ends":
        "proses pengindeksan lain sedang memakai indeks ini; coba lagi setelah selesai",
    "another indexing run is busy with this index; %1 is out of the library and its articles "
    "leave the index on the next indexing run":
        "proses pengindeksan lain sedang memakai indeks ini; %1 sudah keluar dari pustaka dan artikelnya "
        "keluar dari indeks pada pengindeksan berikutnya",
    "another Telusur process has been changing the library for over %1 s; try again":
        "proses Telusur lain sudah lebih dari %1 dtk mengubah pustaka; coba lagi",
    "%1 (%2)": "%1 (%2)",
    "unknown date unit %1; use one of %2": "satuan tanggal %1 tidak dikenal; pakai salah satu dari %2",
    "%1 is not in the index": "%1 tidak ada di indeks",
    "a saved search needs a name of 1 to %1 characters on one line":
        "pencarian tersimpan perlu nama 1 sampai %1 karakter dalam satu baris",
    "%1 cannot be read (%2); fix or remove it": "%1 tidak dapat dibaca (%2); perbaiki atau hapus",
    "%1 is not a saved-searches file of version %2; fix or remove it":
        "%1 bukan berkas pencarian tersimpan versi %2; perbaiki atau hapus",
    "%1 has an invalid entry (%2); fix or remove it": "%1 memuat entri yang tidak sah (%2); perbaiki atau hapus",
    "no saved search named %1 (saved: %2)": "tidak ada pencarian tersimpan bernama %1 (tersimpan: %2)",
    "none yet": "belum ada",
    "a saved search named %1 exists; remove it first": "pencarian tersimpan bernama %1 sudah ada; hapus dulu",
    # Qt's own strings (gui/qt_strings.py): Qt ships no Indonesian catalogue
    "&Undo": "&Urungkan",
    "&Redo": "&Ulangi",
    "Cu&t": "Po&tong",
    "&Copy": "&Salin",
    "&Paste": "&Tempel",
    "Delete": "Hapus",
    "Select All": "Pilih Semua",
    "Copy &Link Location": "Salin &Lokasi Tautan",
    "Look in:": "Lihat di:",
    "&Look in:": "&Lihat di:",
    "Directory:": "Direktori:",
    "File &name:": "&Nama berkas:",
    "Files of type:": "Jenis berkas:",
    "Files of &type:": "&Jenis berkas:",
    "&Choose": "&Pilih",
    "&Open": "&Buka",
    "Open": "Buka",
    "Find Directory": "Cari Direktori",
    "Directories": "Direktori",
    "Back": "Kembali",
    "Forward": "Maju",
    "Go back": "Kembali",
    "Go forward": "Maju",
    "Parent Directory": "Direktori Induk",
    "Go to the parent directory": "Ke direktori induk",
    "Create New Folder": "Buat Folder Baru",
    "Create a New Folder": "Buat Folder Baru",
    "New Folder": "Folder Baru",
    "&New Folder": "Folder &Baru",
    "List View": "Tampilan Daftar",
    "Change to list view mode": "Ganti ke tampilan daftar",
    "Detail View": "Tampilan Rinci",
    "Change to detail view mode": "Ganti ke tampilan rinci",
    "List of places and bookmarks": "Daftar tempat dan markah",
    "Sidebar": "Bilah samping",
    "Recent Places": "Tempat Terkini",
    "&Rename": "&Ganti Nama",
    "&Delete": "&Hapus",
    "Show &hidden files": "Tampilkan berkas &tersembunyi",
    "Files": "Berkas",
    "All Files (*)": "Semua Berkas (*)",
    "&Save": "&Simpan",
    "Save": "Simpan",
    "Save As": "Simpan Sebagai",
    "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
    "Are you sure you want to delete '%1'?": "Yakin ingin menghapus '%1'?",
    "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
        "%1\nDirektori tidak ditemukan.\nPeriksa kembali nama direktorinya.",
    "Name": "Nama",
    "Size": "Ukuran",
    "Type": "Jenis",
    "Kind": "Jenis",
    "Date Modified": "Tanggal Diubah",
    "Computer": "Komputer",
    "My Computer": "Komputer Saya",
    "OK": "OK",
    "Apply": "Terapkan",
    "Help": "Bantuan",
    "&Yes": "&Ya",
    "&No": "&Tidak",
    "&OK": "&OK",
    "&Cancel": "&Batal",
    "&Close": "&Tutup",
    # Archive views (issue 13): timeline, outlets, copies, related, export, saved searches
    "Timeline of matches": "Linimasa hasil",
    "Click a bar or drag across bars to filter by date; double-click to clear":
        "Klik batang atau seret melintasi batang untuk menyaring tanggal; klik ganda untuk menghapus",
    "Peak: %1, %2 articles": "Puncak: %1, %2 artikel",
    "%1 undated": "%1 tanpa tanggal",
    "%1   (undated: %2)": "%1   (tanpa tanggal: %2)",
    "%1: %2 articles": "%1: %2 artikel",
    "Outlets": "Media",
    "Tick outlets to show only their articles (Space ticks)":
        "Centang media untuk menampilkan artikelnya saja (Spasi mencentang)",
    "(unknown outlet)": "(media tak diketahui)",
    "Articles whose outlet is not known: their file names no outlet":
        "Artikel yang medianya tidak diketahui: berkasnya tidak menyebut media",
    "No web browser could open %1. The link is copied: paste it into a browser.":
        "Tidak ada peramban yang bisa membuka %1. Tautannya sudah disalin: tempelkan di peramban.",
    "Before this run, automatic updates (new or changed files in the library's folders) had already added %1, "
    "updated %2 and removed %3 articles.":
        "Sebelum proses ini, pembaruan otomatis (berkas baru atau berubah di folder pustaka) sudah menambah %1, "
        "memperbarui %2, dan menghapus %3 artikel.",
    "+%1 copies: %2": "+%1 salinan: %2",
    "Wire copies of this article": "Salinan berita ini",
    "Read another outlet's copy of this article": "Baca salinan berita ini dari media lain",
    "This article: %1": "Artikel ini: %1",
    "Copy: %1": "Salinan: %1",
    "Related articles": "Artikel terkait",
    "Articles on the same topic; Enter or a click reads one":
        "Artikel bertopik sama; tekan Enter atau klik untuk membacanya",
    "CSV table (*.csv)": "Tabel CSV (*.csv)",
    "JSON (*.json)": "JSON (*.json)",
    "RIS for Zotero or Mendeley (*.ris)": "RIS untuk Zotero atau Mendeley (*.ris)",
    "Export results": "Ekspor hasil",
    "Exporting %1 results…": "Mengekspor %1 hasil…",
    "%1 results written to %2. Open the folder?": "%1 hasil ditulis ke %2. Buka foldernya?",
    "The export failed: %1. Nothing was written.": "Ekspor gagal: %1. Tidak ada berkas yang ditulis.",
    "Saved searches": "Pencarian tersimpan",
    "Your saved searches; the number is how many articles are new since you last looked":
        "Pencarian tersimpan Anda; angkanya adalah jumlah artikel baru sejak terakhir dilihat",
    "%1   ● %2 new": "%1   ● %2 baru",
    "%1: %2 articles, %3 new": "%1: %2 artikel, %3 baru",
    "Save search…": "Simpan pencarian…",
    "Save the query and its filters under a name (Ctrl+S)":
        "Simpan kueri beserta saringannya dengan sebuah nama (Ctrl+S)",
    "Type a query first, then save it.": "Ketik kueri dulu, lalu simpan.",
    "Save search": "Simpan pencarian",
    "Name of the saved search:": "Nama pencarian tersimpan:",
    "&Related articles": "Artikel &terkait",
    "&Outlets": "&Media",
    "Sa&ved searches": "Pencarian ter&simpan",
    "Fold wire copies": "Gabungkan salinan berita",
    "One row per story, its copies from other outlets listed with it (Ctrl+G)":
        "Satu baris per berita, salinannya dari media lain dicantumkan bersamanya (Ctrl+G)",
    "Export results…": "Ekspor hasil…",
    "Write every match of the query as CSV, JSON or RIS (Ctrl+E)":
        "Tulis semua hasil kueri sebagai CSV, JSON, atau RIS (Ctrl+E)",
    "Copy as citations": "Salin sebagai kutipan",
    "Copy the selected results as a citation list: headline, outlet, date, link":
        "Salin hasil terpilih sebagai daftar kutipan: judul, media, tanggal, tautan",
    "&Archive": "&Arsip",
    "Outlets and saved searches": "Media dan pencarian tersimpan",
    "Show or hide the outlets and saved searches (F9)": "Tampilkan atau sembunyikan media dan pencarian tersimpan (F9)",
    "New": "Baru",
    "%1 result (%2 articles including copies)": "%1 hasil (%2 artikel termasuk salinan)",
    "%1 results (%2 articles including copies)": "%1 hasil (%2 artikel termasuk salinan)",
    "Notify me of new articles in saved searches": "Beri tahu saya artikel baru di pencarian tersimpan",
    "Show a desktop notification when a watched folder brings new articles to a saved search":
        "Tampilkan pemberitahuan desktop saat folder yang dipantau membawa artikel baru ke pencarian tersimpan",
    "This desktop has no system tray, so Telusur cannot show notifications here":
        "Desktop ini tidak punya baki sistem, jadi Telusur tidak bisa menampilkan pemberitahuan di sini",
    "New articles in saved searches": "Artikel baru di pencarian tersimpan",
    "1 new article for “%1”": "1 artikel baru untuk “%1”",
    "%1 new articles for “%2”": "%1 artikel baru untuk “%2”",
    "%1: %2 new": "%1: %2 baru",
    "and %1 more saved searches": "dan %1 pencarian tersimpan lainnya",
    "1 article new since you last looked is marked “New”": "1 artikel baru sejak terakhir dilihat ditandai “Baru”",
    "%1 articles new since you last looked are marked “New”":
        "%1 artikel baru sejak terakhir dilihat ditandai “Baru”",
    # scanned clippings (index/formats/ocr.py)
    "OCR unsure of the text (confidence %1%): check the scan":
        "OCR kurang yakin akan teksnya (keyakinan %1%): periksa hasil pindainya",
    "no date in the scan; the file's date is used": "tidak ada tanggal di hasil pindai; tanggal berkas yang dipakai",
    "only the first %1 pages read (time limit %2 s)": "hanya %1 halaman pertama yang dibaca (batas waktu %2 dtk)",
    "page %1 took longer than %2 s to read and was left out":
        "halaman %1 butuh lebih dari %2 dtk untuk dibaca dan dilewati",
    "scanned image: OCR is off because Tesseract with its Indonesian model is not installed "
    "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: the UB Mannheim installer "
    "with 'Indonesian'; macOS: brew install tesseract tesseract-lang)":
        "gambar hasil pindai: OCR tidak aktif karena Tesseract dengan model bahasa Indonesianya belum terpasang "
        "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: penginstal UB Mannheim "
        "dengan pilihan 'Indonesian'; macOS: brew install tesseract tesseract-lang)",
    "no text layer (scanned PDF); OCR is off because Tesseract with its Indonesian model is not installed "
    "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: the UB Mannheim installer "
    "with 'Indonesian'; macOS: brew install tesseract tesseract-lang)":
        "tidak ada lapisan teks (PDF hasil pindai); OCR tidak aktif karena Tesseract dengan model bahasa "
        "Indonesianya belum terpasang (Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: "
        "penginstal UB Mannheim dengan pilihan 'Indonesian'; macOS: brew install tesseract tesseract-lang)",
    "image too large to read (%1 x %2 pixels)": "gambar terlalu besar untuk dibaca (%1 x %2 piksel)",
    "image too large to read (over 178 million pixels)":
        "gambar terlalu besar untuk dibaca (lebih dari 178 juta piksel)",
    "not a readable image (damaged or not an image)": "gambar tidak terbaca (rusak atau bukan gambar)",
    "took longer than %1 s to read": "butuh lebih dari %1 dtk untuk dibaca",
    "photo, not a clipping (OCR read only %1 words)": "foto, bukan kliping (OCR hanya membaca %1 kata)",
    "no text layer (scanned PDF) and OCR found no text":
        "tidak ada lapisan teks (PDF hasil pindai) dan OCR tidak menemukan teks",
    "no text found in the scan": "tidak ada teks yang ditemukan di hasil pindai",
    "no text layer (scanned PDF) and OCR found none":
        "tidak ada lapisan teks (PDF hasil pindai) dan OCR tidak menemukan teks apa pun",
    # zip-based documents and RTF (index/formats/zipcheck.py, odt.py, epub.py, rtf.py)
    "an OpenDocument text": "dokumen teks OpenDocument",
    "OpenDocument text": "dokumen teks OpenDocument",
    "an EPUB e-book": "e-book EPUB",
    "EPUB e-book": "e-book EPUB",
    "not %1 (it is a zip file; this is not one)": "bukan %1 (seharusnya berkas zip; berkas ini bukan zip)",
    "not a readable %1 (damaged or truncated zip)": "%1 tidak terbaca (zip rusak atau terpotong)",
    "not %1 (no %2 inside)": "bukan %1 (tidak ada %2 di dalamnya)",
    "not a readable OpenDocument text (%1)": "dokumen teks OpenDocument tidak terbaca (%1)",
    "not a readable EPUB e-book (no package file)": "e-book EPUB tidak terbaca (tidak ada berkas paket)",
    "no text in the e-book": "tidak ada teks di e-book",
    "not an RTF document (it does not start with {\\rtf)": "bukan dokumen RTF (tidak diawali {\\rtf)",
    "not a readable RTF document (%1)": "dokumen RTF tidak terbaca (%1)",
    # index checks (index/checksums.py, library.py, searcher/engine.py)
    "%1 cannot be read (%2)": "%1 tidak dapat dibaca (%2)",
    "%1 (the checksum map) is damaged": "%1 (peta checksum) rusak",
    "%1 (the checksum map) is missing": "%1 (peta checksum) tidak ada",
    "%1 has no recorded checksum": "%1 tidak punya checksum yang tercatat",
    "%1 has %2 bytes instead of %3": "%1 berukuran %2 bita, seharusnya %3",
    "%1 does not match its checksum": "%1 tidak cocok dengan checksum-nya",
    "a full read found damage": "pembacaan menyeluruh menemukan kerusakan",
    "a full read found damage: %1": "pembacaan menyeluruh menemukan kerusakan: %1",
    "a full read found damage (%1)": "pembacaan menyeluruh menemukan kerusakan (%1)",
    "the finding could not be noted for `telusur index` (%1)":
        "temuan ini tidak dapat dicatat untuk `telusur index` (%1)",
    "reading the index failed (%1)": "gagal membaca indeks (%1)",
    "a worker process was killed (out of memory?); the %1 files it had not finished "
    "were indexed again in the main process":
        "sebuah proses pekerja dihentikan paksa (kehabisan memori?); %1 berkas yang belum diselesaikannya "
        "diindeks ulang di proses utama",
    # writing files (analysis/safe_write.py)
    "the file is open in another program; close it and try again":
        "berkas sedang dibuka di program lain; tutup dulu, lalu coba lagi",
    "no free temporary name": "tidak ada nama berkas sementara yang bebas",
    # frames that join messages
    "%1; %2": "%1; %2",
    "%1: %2": "%1: %2",
}


def fill(ts_path: Path) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if source in ID:
            translation.text = ID[source]
            translation.attrib.pop("type", None)
        elif translation.get("type") != "obsolete":
            missing.append(source)
    tree.getroot().set("language", "id_ID")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("telusur_id.ts")
    missing = fill(path)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if missing else 0)
