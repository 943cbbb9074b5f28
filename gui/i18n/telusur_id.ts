<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <location filename="../filters.py" line="317" />
        <source>Cannot read the date “%1”. Type it like 15/09/2019, 15 Sep 2019, Sep 2019 or 2019.</source>
        <translation>Tanggal “%1” tidak terbaca. Tulis seperti 15/09/2019, 15 Sep 2019, Sep 2019 atau 2019.</translation>
    </message>
    <message>
        <location filename="../filters.py" line="335" />
        <source>from %1</source>
        <translation>sejak %1</translation>
    </message>
    <message>
        <location filename="../filters.py" line="337" />
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
        <location filename="../empty_state.py" line="82" />
        <source>The library holds only a sample article that comes with Telusur (search %1 to see it).</source>
        <translation>Pustaka baru berisi satu artikel contoh bawaan Telusur (cari %1 untuk melihatnya).</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="92" />
        <source>Type to search %1 articles.</source>
        <translation>Ketik untuk mencari di %1 artikel.</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="99" />
        <location filename="../empty_state.py" line="109" />
        <source>No articles match “%1” in the chosen dates (%2).</source>
        <translation>Tidak ada artikel yang cocok dengan “%1” pada tanggal yang dipilih (%2).</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="103" />
        <source>No articles in the chosen dates (%1).</source>
        <translation>Tidak ada artikel pada tanggal yang dipilih (%1).</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="116" />
        <source>Add archive folder…</source>
        <translation>Tambah folder arsip…</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="120" />
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
        <location filename="../empty_state.py" line="85" />
        <source>To search your own news, add the folder where you keep your archive (one article per .txt or .md file):</source>
        <translation>Untuk mencari berita Anda sendiri, tambahkan folder tempat arsip Anda disimpan (satu artikel per berkas .txt atau .md):</translation>
    </message>
    <message>
        <location filename="../empty_state.py" line="101" />
        <source>%1 articles match on other dates.</source>
        <translation>%1 artikel cocok pada tanggal lain.</translation>
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
    <name>IndexingController</name>
    <message>
        <location filename="../indexing.py" line="96" />
        <source>The index could not be used (%1), so it is being rebuilt from your folders. Searches will find more as it fills.</source>
        <translation>Indeks tidak dapat dipakai (%1), jadi sedang dibangun ulang dari folder Anda. Pencarian akan menemukan lebih banyak seiring indeks terisi.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="111" />
        <source>Choose a folder of articles</source>
        <translation>Pilih folder artikel</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="123" />
        <source>Cannot index %1: %2. Choose another folder.</source>
        <translation>Tidak dapat mengindeks %1: %2. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="125" />
        <location filename="../indexing.py" line="212" />
        <location filename="../indexing.py" line="234" />
        <source>Choose another folder…</source>
        <translation>Pilih folder lain…</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="133" />
        <source>it is not a folder</source>
        <translation>itu bukan folder</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="146" />
        <source>The library could not be saved (%1). Check that the index folder is writable.</source>
        <translation>Pustaka tidak dapat disimpan (%1). Periksa apakah folder indeks dapat ditulisi.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="157" />
        <source>The library has no folders yet.</source>
        <translation>Pustaka belum punya folder.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="158" />
        <source>Add archive folder…</source>
        <translation>Tambah folder arsip…</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="197" />
        <source>Folder removed from the library; %1 articles left the index (files untouched).</source>
        <translation>Folder dihapus dari pustaka; %1 artikel keluar dari indeks (berkas tidak disentuh).</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="209" />
        <source>No article files (.txt or .md) were found in %1. Choose another folder.</source>
        <translation>Tidak ada berkas artikel (.txt atau .md) di %1. Pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="219" />
        <source>Index updated: %1 added, %2 updated, %3 removed.</source>
        <translation>Indeks diperbarui: %1 ditambah, %2 diperbarui, %3 dihapus.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="225" />
        <source>Another indexing run is using the index (perhaps the telusur command). Try again when it has finished.</source>
        <translation>Pengindeksan lain sedang memakai indeks (mungkin perintah telusur). Coba lagi setelah selesai.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="228" />
        <source>Try again</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="232" />
        <source>Indexing stopped: %1. Check the folder, or choose another one.</source>
        <translation>Pengindeksan berhenti: %1. Periksa folder itu, atau pilih folder lain.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="238" />
        <source>Indexing stopped: %1. Reindexing everything rebuilds the index.</source>
        <translation>Pengindeksan berhenti: %1. Indeks ulang semua akan membangun ulang indeks.</translation>
    </message>
    <message>
        <location filename="../indexing.py" line="240" />
        <source>Reindex all</source>
        <translation>Indeks ulang semua</translation>
    </message>
</context>
<context>
    <name>LibraryManager</name>
    <message>
        <location filename="../library_manager.py" line="36" />
        <source>Remove folder from library</source>
        <translation>Hapus folder dari pustaka</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="38" />
        <source>Remove %1 from the library?</source>
        <translation>Hapus %1 dari pustaka?</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="40" />
        <source>Its %1 articles leave the index. The files themselves stay where they are; you can add the folder again later.</source>
        <translation>%1 artikelnya keluar dari indeks. Berkasnya sendiri tetap di tempatnya; folder ini bisa ditambahkan lagi nanti.</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="42" />
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="43" />
        <source>Keep</source>
        <translation>Jangan hapus</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="57" />
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="63" />
        <source>The folders Telusur indexes. Removing a folder never touches its files.</source>
        <translation>Folder yang diindeks Telusur. Menghapus folder tidak pernah menyentuh berkasnya.</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="68" />
        <source>Library folders</source>
        <translation>Folder pustaka</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="69" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="69" />
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="69" />
        <source>Last synced</source>
        <translation>Sinkron terakhir</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="79" />
        <source>The library has no folders yet.</source>
        <translation>Pustaka belum punya folder.</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="83" />
        <source>Add archive folder…</source>
        <translation>Tambah folder arsip…</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="85" />
        <source>Reindex</source>
        <translation>Indeks ulang</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="87" />
        <source>Bring the index up to date with the selected folder</source>
        <translation>Perbarui indeks dengan folder yang dipilih</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="88" />
        <source>Remove…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="90" />
        <source>Remove the selected folder from the library (asks first)</source>
        <translation>Hapus folder yang dipilih dari pustaka (ditanya dulu)</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="93" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../library_manager.py" line="119" />
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="108" />
        <source>Choose a folder of articles, add it to the library and index it</source>
        <translation>Pilih folder artikel, tambahkan ke pustaka, lalu indeks</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113" />
        <source>Reindex all</source>
        <translation>Indeks ulang semua</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="116" />
        <source>Bring the index up to date with every library folder</source>
        <translation>Perbarui indeks dengan semua folder pustaka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="117" />
        <source>Remove folder from library</source>
        <translation>Hapus folder dari pustaka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="119" />
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="122" />
        <source>&amp;Library</source>
        <translation>&amp;Pustaka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="130" />
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="105" />
        <source>Add archive folder…</source>
        <translation>Tambah folder arsip…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="110" />
        <source>Manage library…</source>
        <translation>Kelola pustaka…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="112" />
        <source>The library's folders, their articles and last sync</source>
        <translation>Folder pustaka, jumlah artikelnya, dan sinkron terakhir</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>Search articles… (e.g. banjir jakarta, "energi baru", -politik)</source>
        <translation>Cari artikel… (mis. banjir jakarta, "energi baru", -politik)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="147" />
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>Ctrl+L or Ctrl+F to come here; Esc clears; Down goes to the results</source>
        <translation>Ctrl+L atau Ctrl+F untuk ke sini; Esc mengosongkan; panah bawah ke hasil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156" />
        <source>Sort results</source>
        <translation>Urutkan hasil</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157" />
        <source>Most relevant</source>
        <translation>Paling relevan</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="158" />
        <source>Newest first</source>
        <translation>Terbaru dulu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159" />
        <source>Oldest first</source>
        <translation>Terlama dulu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176" />
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="283" />
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
    <name>PreviewPanel</name>
    <message>
        <location filename="../preview.py" line="68" />
        <source>Article preview</source>
        <translation>Pratinjau artikel</translation>
    </message>
    <message>
        <location filename="../preview.py" line="69" />
        <source>Select a result to read the article here.</source>
        <translation>Pilih hasil untuk membaca artikelnya di sini.</translation>
    </message>
    <message>
        <location filename="../preview.py" line="73" />
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <location filename="../preview.py" line="74" />
        <source>Previous match (Shift+F3)</source>
        <translation>Kecocokan sebelumnya (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../preview.py" line="79" />
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <location filename="../preview.py" line="80" />
        <source>Next match (F3)</source>
        <translation>Kecocokan berikutnya (F3)</translation>
    </message>
    <message>
        <location filename="../preview.py" line="87" />
        <source>Open file</source>
        <translation>Buka berkas</translation>
    </message>
    <message>
        <location filename="../preview.py" line="91" />
        <source>Show in folder</source>
        <translation>Tampilkan di folder</translation>
    </message>
    <message>
        <location filename="../preview.py" line="94" />
        <source>Previous match</source>
        <translation>Kecocokan sebelumnya</translation>
    </message>
    <message>
        <location filename="../preview.py" line="95" />
        <source>Next match</source>
        <translation>Kecocokan berikutnya</translation>
    </message>
    <message>
        <location filename="../preview.py" line="96" />
        <source>Open the original file</source>
        <translation>Buka berkas aslinya</translation>
    </message>
    <message>
        <location filename="../preview.py" line="97" />
        <source>Show the file in its folder</source>
        <translation>Tampilkan berkas di foldernya</translation>
    </message>
    <message>
        <location filename="../preview.py" line="125" />
        <source>This article is no longer in the index.</source>
        <translation>Artikel ini sudah tidak ada di indeks.</translation>
    </message>
    <message>
        <location filename="../preview.py" line="197" />
        <source>Match %1 of %2</source>
        <translation>Kecocokan %1 dari %2</translation>
    </message>
    <message>
        <location filename="../preview.py" line="214" />
        <source>The file %1 no longer exists. Reindex its folder to update the results.</source>
        <translation>Berkas %1 sudah tidak ada. Indeks ulang foldernya untuk memperbarui hasil.</translation>
    </message>
</context>
<context>
    <name>ResultCount</name>
    <message>
        <location filename="../statusbar.py" line="62" />
        <source>%1 result</source>
        <translation>%1 hasil</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="62" />
        <source>%1 results</source>
        <translation>%1 hasil</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="65" />
        <source>no article has every word; showing articles with some of them</source>
        <translation>tidak ada artikel yang memuat semua kata; ditampilkan artikel yang memuat sebagian</translation>
    </message>
</context>
<context>
    <name>SearchPresenter</name>
    <message>
        <location filename="../search_presenter.py" line="153" />
        <source>The search could not run: %1. Rebuilding the index usually fixes this.</source>
        <translation>Pencarian tidak dapat dijalankan: %1. Membangun ulang indeks biasanya mengatasinya.</translation>
    </message>
    <message>
        <location filename="../search_presenter.py" line="155" />
        <source>Reindex all</source>
        <translation>Indeks ulang semua</translation>
    </message>
</context>
<context>
    <name>SuggestionLabel</name>
    <message>
        <location filename="../suggestion.py" line="20" />
        <source>Spelling suggestion</source>
        <translation>Saran ejaan</translation>
    </message>
    <message>
        <location filename="../suggestion.py" line="30" />
        <source>Did you mean %1?</source>
        <translation>Maksud Anda %1?</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../statusbar.py" line="105" />
        <source>Indexing progress</source>
        <translation>Kemajuan pengindeksan</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="109" />
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="110" />
        <source>Cancel indexing</source>
        <translation>Batalkan pengindeksan</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="122" />
        <source>Indexing…</source>
        <translation>Mengindeks…</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="122" />
        <source>Removing folder…</source>
        <translation>Menghapus folder…</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="134" />
        <source>%1 of %2 files</source>
        <translation>%1 dari %2 berkas</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="137" />
        <source>about %1 left</source>
        <translation>sekitar %1 lagi</translation>
    </message>
    <message>
        <location filename="../statusbar.py" line="145" />
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>SyncSummaryDialog</name>
    <message>
        <location filename="../sync_dialog.py" line="24" />
        <source>Indexing finished</source>
        <translation>Pengindeksan selesai</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="24" />
        <source>Indexing cancelled</source>
        <translation>Pengindeksan dibatalkan</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="26" />
        <source>all library folders</source>
        <translation>semua folder pustaka</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="30" />
        <source>Indexing was cancelled; the articles read so far are kept.</source>
        <translation>Pengindeksan dibatalkan; artikel yang sudah dibaca tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="31" />
        <source>Folders: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="37" />
        <source>%1 added · %2 updated · %3 removed · %4 unchanged · %5 skipped · %6 s</source>
        <translation>%1 ditambah · %2 diperbarui · %3 dihapus · %4 tetap · %5 dilewati · %6 dtk</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="44" />
        <source>Skipped files and reasons</source>
        <translation>Berkas yang dilewati dan alasannya</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="45" />
        <source>Skipped file</source>
        <translation>Berkas dilewati</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="45" />
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="51" />
        <source>indexed with a warning: %1</source>
        <translation>diindeks dengan peringatan: %1</translation>
    </message>
    <message>
        <location filename="../sync_dialog.py" line="57" />
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
</TS>
