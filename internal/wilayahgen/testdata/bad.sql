note     : Data Kode Wilayah sesuai Kepmendagri No 300.2.2-2138 Tahun 2025
('32','Jawa Barat'),
('32.16','Kabupaten Bekasi'),
('32.16','Kabupaten Bekasi'),
('32.16.02.2001','Orphan'),
('3216','Compact'),
('32.70','Seventy'),
('32.16.01',''),
('32.16.01'  'broken'),
