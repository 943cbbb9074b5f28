"""Put the Indonesian texts into telusur_id.ts (run after pyside6-lupdate, before lrelease).

The translations live here, keyed by the English source string, so refreshing
the .ts after a code change never loses them; a missing one is reported.
"""
from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ID = {
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
    "%1 result": "%1 hasil",
    "%1 results": "%1 hasil",
    "no article has every word; showing articles with some of them":
        "tidak ada artikel yang memuat semua kata; ditampilkan artikel yang memuat sebagian",
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
    "Indexing…": "Mengindeks…",
    "Removing folder…": "Menghapus folder…",
    "%1 of %2 files": "%1 dari %2 berkas",
    "about %1 left": "sekitar %1 lagi",
    "Folder removed from the library; %1 articles left the index (files untouched).":
        "Folder dihapus dari pustaka; %1 artikel keluar dari indeks (berkas tidak disentuh).",
    "No article files (.txt or .md) were found in %1. Choose another folder.":
        "Tidak ada berkas artikel (.txt atau .md) di %1. Pilih folder lain.",
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
    "◀ Previous": "◀ Sebelumnya",
    "Previous match (Shift+F3)": "Kecocokan sebelumnya (Shift+F3)",
    "Next ▶": "Berikutnya ▶",
    "Next match (F3)": "Kecocokan berikutnya (F3)",
    "Open file": "Buka berkas",
    "Show in folder": "Tampilkan di folder",
    "Previous match": "Kecocokan sebelumnya",
    "Next match": "Kecocokan berikutnya",
    "Open the original file": "Buka berkas aslinya",
    "Show the file in its folder": "Tampilkan berkas di foldernya",
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
    "%1 added · %2 updated · %3 removed · %4 unchanged · %5 skipped · %6 s":
        "%1 ditambah · %2 diperbarui · %3 dihapus · %4 tetap · %5 dilewati · %6 dtk",
    "Skipped files and reasons": "Berkas yang dilewati dan alasannya",
    "Skipped file": "Berkas dilewati",
    "Reason": "Alasan",
    "indexed with a warning: %1": "diindeks dengan peringatan: %1",
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
    "To search your own news, add the folder where you keep your archive (one article per .txt or .md file):":
        "Untuk mencari berita Anda sendiri, tambahkan folder tempat arsip Anda disimpan "
        "(satu artikel per berkas .txt atau .md):",
    "Manage library…": "Kelola pustaka…",
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
