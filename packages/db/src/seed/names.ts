/** Names for demo people: Flemish and Belgian names, and names of newcomers in Gent's neighbourhoods. */

export const FLEMISH_FIRST = [
  "Jan", "Marc", "Luc", "Patrick", "Dirk", "Geert", "Koen", "Peter", "Bart", "Filip", "Tom", "Wim", "Stefaan", "Johan", "Rudy", "Eddy", "Freddy", "Willy", "Danny", "Kurt",
  "Maria", "Anne", "Els", "Kathleen", "Ann", "Sofie", "Inge", "Veerle", "Katrien", "Hilde", "Martine", "Christiane", "Rita", "Godelieve", "Monique", "Nicole", "Linda", "Greet", "Lieve", "Nathalie",
  "Lars", "Jens", "Wout", "Seppe", "Lotte", "Jana", "Emma", "Noor", "Lien", "Fien", "Arne", "Ruben", "Sander", "Elke", "Ilse",
];
export const FLEMISH_LAST = [
  "Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "De Meyer", "Dubois", "Lambert", "Hermans", "Aerts", "Van den Broeck", "Martens", "Verhoeven",
  "De Clercq", "Vermeulen", "Desmet", "Van de Velde", "De Backer", "Verstraete", "Vandenberghe", "De Vos", "Van Damme", "Declercq", "Vermeersch", "De Wilde", "Van Hecke", "Coppens", "De Cock", "Baert",
  "Vanhoutte", "De Bruyne", "Van Acker", "Bogaert", "Vercruysse", "D'Hondt", "Van Landeghem", "De Paepe", "Verhaeghe", "Blommaert", "Dhaenens", "Van Hoecke", "De Muynck", "Standaert", "Roels", "Van Wassenhove",
];
export const WALLOON_FIRST = ["Jean", "Pierre", "Michel", "Philippe", "Christophe", "Nathalie", "Isabelle", "Sylvie", "Françoise", "Véronique", "Julien", "Camille"];
export const WALLOON_LAST = ["Dubois", "Lambert", "Dupont", "Leclercq", "Laurent", "Simon", "Renard", "Leroy", "Lejeune", "François", "Hubert", "Collard"];
export const NEWCOMER_FIRST = [
  "Mohamed", "Ahmed", "Youssef", "Karim", "Hassan", "Omar", "Ali", "Mustafa", "Ibrahim", "Abdullah", "Bilal", "Samir", "Rachid", "Said", "Mehmet", "Hüseyin", "Emre", "Murat",
  "Fatima", "Aicha", "Khadija", "Samira", "Nadia", "Leila", "Amina", "Zeynep", "Elif", "Ayşe", "Meryem", "Hanane",
  "Abdi", "Yonas", "Tesfaye", "Mulugeta", "Semhar", "Helen", "Ahmad", "Farid", "Zahra", "Mariam", "Nour", "Rania", "Oleksandr", "Olena", "Iryna", "Piotr", "Agnieszka", "Tomasz", "Jean-Claude", "Grace", "Patience", "Emmanuel",
  "Kiril", "Petya", "Georgi", "Dimitar", "Ivana",
];
export const NEWCOMER_LAST = [
  "El Amrani", "Benali", "El Idrissi", "Bouzid", "Ait Ouali", "Haddou", "El Khattabi", "Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın",
  "Ahmadi", "Rahimi", "Hosseini", "Karimi", "Haile", "Tesfay", "Gebremedhin", "Tekle", "Mohammed", "Al-Hassan", "Khalil", "Haddad", "Kovalenko", "Shevchenko", "Nowak", "Kowalski", "Wiśniewska",
  "Mukendi", "Kabongo", "Ilunga", "Tshibanda", "Petrov", "Ivanova", "Georgiev", "Dimitrova",
];

/** ASCII local part for demo e-mail addresses. */
export function emailLocal(first: string, last: string): string {
  return `${first}.${last}`
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ş/gi, "s")
    .replace(/ı/g, "i")
    .replace(/ł/g, "l")
    .toLowerCase()
    .replace(/[^a-z.]/g, "");
}

export const EMAIL_DOMAINS = ["telenet.be", "gmail.com", "hotmail.com", "skynet.be", "outlook.be", "proximus.be"];
