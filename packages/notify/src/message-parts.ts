/** The parts many events share: who sends and whom we greet, an address, a place. */

/** Fields every event gets: the organisation (mail header, footer) and whom we greet. */
export type BaseData = {
  /** The wijk-werkorganisator, e.g. "Wijk-werken Gent". */
  organisationName: string;
  /** Phone number people can call to ask questions or to stop messages. */
  organisationPhone: string;
  /** First name (or full name) of the recipient, used in the greeting. */
  recipientName: string;
};

export type Address = {
  /** Street, number and box on one line: "Kortrijksesteenweg 1234 bus 12". */
  street: string;
  postalCode: string;
  municipality: string;
};

export type Place = Address & {
  /** Name of the building or room: "Dienstencentrum De Vlinder". */
  name: string;
};
