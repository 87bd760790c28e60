/** A municipality beyond Gent: where its grid of neighbourhoods is laid out. */
export interface City {
  name: string;
  nisCode: string;
  postalCodes: string[];
  lat: number;
  lon: number;
}

// Real municipalities (NIS codes, main postal codes, approximate centres). Each gets a grid of
// neighbourhoods around its centre, except Gent, which keeps its real wijken.
export const CITIES: City[] = [
  {
    name: "Antwerpen",
    nisCode: "11002",
    postalCodes: ["2000", "2018", "2020", "2030", "2050", "2060", "2100", "2140", "2170", "2180", "2600", "2610", "2660"],
    lat: 51.2194,
    lon: 4.4025,
  },
  { name: "Brugge", nisCode: "31005", postalCodes: ["8000", "8200", "8310", "8380"], lat: 51.2093, lon: 3.2247 },
  { name: "Leuven", nisCode: "24062", postalCodes: ["3000", "3001", "3010", "3012", "3018"], lat: 50.8798, lon: 4.7005 },
  { name: "Mechelen", nisCode: "12025", postalCodes: ["2800", "2801", "2811", "2812"], lat: 51.0259, lon: 4.4776 },
  { name: "Aalst", nisCode: "41002", postalCodes: ["9300", "9308", "9310", "9320"], lat: 50.9378, lon: 4.0403 },
  { name: "Kortrijk", nisCode: "34022", postalCodes: ["8500", "8501", "8510", "8511"], lat: 50.828, lon: 3.2649 },
  { name: "Hasselt", nisCode: "71022", postalCodes: ["3500", "3510", "3511", "3512"], lat: 50.9307, lon: 5.3325 },
  { name: "Sint-Niklaas", nisCode: "46021", postalCodes: ["9100", "9111", "9112"], lat: 51.1649, lon: 4.1437 },
  { name: "Genk", nisCode: "71016", postalCodes: ["3600"], lat: 50.9656, lon: 5.5001 },
  { name: "Oostende", nisCode: "35013", postalCodes: ["8400"], lat: 51.2154, lon: 2.928 },
  { name: "Roeselare", nisCode: "36015", postalCodes: ["8800"], lat: 50.9469, lon: 3.1227 },
  { name: "Turnhout", nisCode: "13040", postalCodes: ["2300"], lat: 51.3227, lon: 4.9447 },
  { name: "Lier", nisCode: "12021", postalCodes: ["2500"], lat: 51.1313, lon: 4.5704 },
  { name: "Geel", nisCode: "13008", postalCodes: ["2440"], lat: 51.1617, lon: 4.9906 },
  { name: "Ieper", nisCode: "33011", postalCodes: ["8900"], lat: 50.8511, lon: 2.8857 },
  { name: "Dendermonde", nisCode: "42006", postalCodes: ["9200"], lat: 51.0287, lon: 4.1012 },
  { name: "Lokeren", nisCode: "46014", postalCodes: ["9160"], lat: 51.1037, lon: 3.9913 },
  { name: "Waregem", nisCode: "34040", postalCodes: ["8790"], lat: 50.8893, lon: 3.4265 },
  { name: "Tienen", nisCode: "24107", postalCodes: ["3300"], lat: 50.8074, lon: 4.9377 },
  { name: "Vilvoorde", nisCode: "23088", postalCodes: ["1800"], lat: 50.928, lon: 4.4254 },
  { name: "Halle", nisCode: "23027", postalCodes: ["1500"], lat: 50.7339, lon: 4.2345 },
  { name: "Beveren", nisCode: "46003", postalCodes: ["9120"], lat: 51.2122, lon: 4.2567 },
  { name: "Herentals", nisCode: "13011", postalCodes: ["2200"], lat: 51.1766, lon: 4.8363 },
  { name: "Tongeren", nisCode: "73083", postalCodes: ["3700"], lat: 50.7806, lon: 5.4641 },
  { name: "Lommel", nisCode: "72020", postalCodes: ["3920"], lat: 51.2305, lon: 5.3133 },
  { name: "Mol", nisCode: "13021", postalCodes: ["2400"], lat: 51.1914, lon: 5.1164 },
  { name: "Knokke-Heist", nisCode: "31043", postalCodes: ["8300"], lat: 51.3496, lon: 3.2662 },
  { name: "Ninove", nisCode: "41048", postalCodes: ["9400"], lat: 50.8282, lon: 4.0255 },
  { name: "Oudenaarde", nisCode: "45035", postalCodes: ["9700"], lat: 50.8453, lon: 3.6052 },
  { name: "Ronse", nisCode: "45041", postalCodes: ["9600"], lat: 50.7459, lon: 3.6004 },
  { name: "Tielt", nisCode: "37015", postalCodes: ["8700"], lat: 50.9991, lon: 3.3273 },
  { name: "Eeklo", nisCode: "43005", postalCodes: ["9900"], lat: 51.1873, lon: 3.5568 },
  { name: "Wetteren", nisCode: "42025", postalCodes: ["9230"], lat: 51.0053, lon: 3.8837 },
  { name: "Geraardsbergen", nisCode: "41018", postalCodes: ["9500"], lat: 50.7731, lon: 3.8818 },
  { name: "Diest", nisCode: "24020", postalCodes: ["3290"], lat: 50.9895, lon: 5.0507 },
  { name: "Beringen", nisCode: "71004", postalCodes: ["3580"], lat: 51.0494, lon: 5.2264 },
  { name: "Menen", nisCode: "34027", postalCodes: ["8930"], lat: 50.7967, lon: 3.1218 },
];
