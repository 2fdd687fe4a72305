/*
note     : Data Kode Wilayah sesuai Kepmendagri No 300.2.2-2138 Tahun 2025
last edit: 2026-02-13 16:45:21
*/
INSERT INTO wilayah (kode, nama)
VALUES
('32','Jawa Barat'),
('32.16','Kabupaten Bekasi '),
('32.16.01','Tarumajaya'),
('32.16.01.2001','Sagara  Makmur'),
('11.01.02.2018','Pasi Kuala Ba''u');
