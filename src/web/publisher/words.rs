//! The publisher page's words, Indonesian first.

use crate::core::text::Lang;

/// The page's words in one language.
pub struct Words {
    pub title: &'static str,
    pub language: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub open: &'static str,
    pub pick: &'static str,
    pub drop: &'static str,
    pub examples: &'static str,
    pub guide: &'static str,
    pub clear: &'static str,
    pub files: &'static str,
    pub problems: &'static str,
    pub warnings: &'static str,
    pub valid: &'static str,
    pub valid_next: &'static str,
    pub download: &'static str,
    pub preview: &'static str,
    pub preview_help: &'static str,
}

const ID: Words = Words {
    title: "Terbitkan data Pantau",
    language: "Bahasa",
    intro: "Buka dataset pantau/1 (.json), atau berkas metadata (.json) beserta CSV dari lembar kerja. Halaman ini memeriksanya, menjelaskan setiap masalah, menampilkan pratinjau semua tampilan seperti yang akan dilihat pembaca, lalu menyiapkan berkas JSON untuk diunggah.",
    privacy: "Data Anda tidak dikirim ke mana pun: semua pemeriksaan terjadi di peramban ini.",
    open: "1. Buka berkas",
    pick: "Pilih berkas (.json, .csv)",
    drop: "atau seret berkas ke sini. Berkas yang sudah diperbaiki menggantikan berkas jenis yang sama.",
    examples: "Contoh berkas:",
    guide: "Panduan penerbitan",
    clear: "Mulai lagi",
    files: "2. Berkas yang dibuka",
    problems: "3. Masalah yang harus diperbaiki",
    warnings: "Catatan (tidak menghalangi penerbitan)",
    valid: "3. Data siap diterbitkan",
    valid_next: "Unduh berkas JSON, unggah dengan nama baru, periksa dengan ?data=, lalu ganti berkas yang lama.",
    download: "Unduh JSON",
    preview: "4. Pratinjau",
    preview_help: "Seperti yang akan dilihat pembaca. Pilih tampilan dengan tab.",
};

const EN: Words = Words {
    title: "Publish Pantau data",
    language: "Language",
    intro: "Open a pantau/1 dataset (.json), or the metadata file (.json) with the CSVs from a spreadsheet. This page checks them, explains every problem, previews every view as readers will see it, and prepares the JSON file to upload.",
    privacy: "Your data is not sent anywhere: everything is checked in this browser.",
    open: "1. Open files",
    pick: "Choose files (.json, .csv)",
    drop: "or drop files here. A corrected file replaces the earlier one of the same kind.",
    examples: "Example files:",
    guide: "Publishing guide",
    clear: "Start again",
    files: "2. Files opened",
    problems: "3. Problems to fix",
    warnings: "Notes (they do not stop publishing)",
    valid: "3. Ready to publish",
    valid_next: "Download the JSON file, upload it under a new name, check it with ?data=, then replace the old file.",
    download: "Download JSON",
    preview: "4. Preview",
    preview_help: "As readers will see it. Choose a view with the tabs.",
};

/// The words for `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Id => &ID,
        Lang::En => &EN,
    }
}
