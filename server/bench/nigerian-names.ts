/**
 * Given and family names common in Nigeria (Yoruba, Igbo, Hausa, Edo, Efik, Ijaw and English/Arabic
 * given names), so the benchmark's trigram index sees the letter patterns a real register would hold.
 */
// biome-ignore format: a packed list reads better than one name a line
export const FIRST_NAMES = [
  'Abimbola', 'Abiodun', 'Abubakar', 'Adaeze', 'Adamu', 'Adebayo', 'Adebola', 'Adekunle', 'Ademola',
  'Adenike', 'Adeola', 'Adesuwa', 'Adewale', 'Adeyemi', 'Aisha', 'Akinwale', 'Amaka', 'Aminat', 'Aminu',
  'Amina', 'Anayo', 'Aondona', 'Asabe', 'Ayodele', 'Ayomide', 'Babajide', 'Babatunde', 'Bamidele', 'Bello',
  'Blessing', 'Bolaji', 'Bukola', 'Chiamaka', 'Chidi', 'Chidinma', 'Chiedu', 'Chika', 'Chinedu', 'Chinonso',
  'Chioma', 'Chinwe', 'Chukwuemeka', 'Chukwudi', 'Damilola', 'Danjuma', 'Daniel', 'David', 'Ebere',
  'Ebuka', 'Efe', 'Ehis', 'Ekene', 'Emeka', 'Emmanuel', 'Enitan', 'Esther', 'Eze', 'Fatima', 'Fatimah',
  'Femi', 'Florence', 'Folake', 'Folasade', 'Funke', 'Funmilayo', 'Gbenga', 'Godwin', 'Grace', 'Habiba',
  'Hadiza', 'Halima', 'Hauwa', 'Ibrahim', 'Idris', 'Ifeanyi', 'Ifeoma', 'Ijeoma', 'Ikechukwu', 'Ini',
  'Isa', 'Iyabo', 'Jumoke', 'Kayode', 'Kehinde', 'Kelechi', 'Kemi', 'Kunle', 'Ladi', 'Lami', 'Lanre',
  'Lola', 'Maryam', 'Musa', 'Mustapha', 'Nasiru', 'Ndidi', 'Ngozi', 'Nkechi', 'Nkem', 'Nnamdi', 'Obinna',
  'Ochuko', 'Oghenekaro', 'Okon', 'Olamide', 'Olanrewaju', 'Olawale', 'Oluchi', 'Olufemi', 'Olumide',
  'Oluwaseun', 'Oluwatobi', 'Onyeka', 'Osagie', 'Osaro', 'Oyinkansola', 'Patience', 'Precious', 'Rasheed',
  'Rukayat', 'Sadiq', 'Safiya', 'Salisu', 'Samuel', 'Segun', 'Seun', 'Shehu', 'Simisola', 'Sola', 'Tariq',
  'Temitope', 'Tobi', 'Tochukwu', 'Tolani', 'Tosin', 'Tunde', 'Uche', 'Uchenna', 'Udoka', 'Ugochi',
  'Usman', 'Uzoma', 'Yakubu', 'Yemi', 'Yetunde', 'Yusuf', 'Zainab', 'Zara',
];

// biome-ignore format: a packed list reads better than one name a line
export const LAST_NAMES = [
  'Abdullahi', 'Abubakar', 'Adamu', 'Adebayo', 'Adeleke', 'Adeniyi', 'Adeoye', 'Adesina', 'Adewale',
  'Adeyemi', 'Afolabi', 'Agbaje', 'Agu', 'Ahmed', 'Ajayi', 'Akande', 'Akinola', 'Akpan', 'Aliyu', 'Amadi',
  'Anyanwu', 'Arowolo', 'Asuquo', 'Atiku', 'Awolowo', 'Ayodele', 'Babangida', 'Balogun', 'Bankole',
  'Bassey', 'Bello', 'Chukwu', 'Dangote', 'Danladi', 'Edet', 'Egwu', 'Eke', 'Ekwueme', 'Emenike',
  'Eze', 'Ezeh', 'Ezekwesili', 'Fashola', 'Garba', 'Haruna', 'Ibekwe', 'Ibrahim', 'Idowu', 'Igwe',
  'Ihejirika', 'Ikwuemesi', 'Ilori', 'Ishaku', 'Jibril', 'Kalu', 'Kanu', 'Lawal', 'Madu', 'Mbah',
  'Mohammed', 'Musa', 'Nnaji', 'Nnamdi', 'Nwachukwu', 'Nwafor', 'Nwankwo', 'Nwosu', 'Obi', 'Obiora',
  'Odebunmi', 'Odion', 'Ogbonna', 'Ogunbanjo', 'Ogundipe', 'Ogunleye', 'Ojo', 'Okafor', 'Okeke',
  'Okonkwo', 'Okoro', 'Okpara', 'Okwu', 'Oladipo', 'Olaniyan', 'Olawale', 'Olayinka', 'Olowu',
  'Omotola', 'Onuoha', 'Onyekachi', 'Onyema', 'Osagie', 'Osei', 'Oshiomhole', 'Otedola', 'Oyebanji',
  'Oyelaran', 'Sanni', 'Sanusi', 'Shittu', 'Suleiman', 'Tinubu', 'Udeh', 'Udo', 'Ugwu', 'Umar',
  'Usman', 'Uzor', 'Yahaya', 'Yusuf', 'Zubairu',
];

/** Mobile network prefixes after +234 (MTN, Glo, Airtel, 9mobile). */
// biome-ignore format: a packed list reads better than one name a line
export const MOBILE_PREFIXES = [
  '701', '703', '704', '705', '706', '708', '802', '803', '805', '806', '807', '808', '809', '810', '811',
  '812', '813', '814', '815', '816', '817', '818', '901', '902', '903', '904', '905', '906', '907', '908',
  '909', '912', '913', '915', '916',
];
