import { describe, expect, it } from 'vitest';
import { findEmail, guessName, parseContact } from './contact';

const body = '\nSummary\nAnalyst with ten years of experience.\n\nExperience\nAnalyst, Acme — 2015 - 2019\n';

describe('parseContact: name', () => {
  it('reads a name on its own first line', () => {
    expect(guessName(`Jane Doe\nSenior Accountant\njane.doe@example.com${body}`)).toBe('Jane Doe');
  });

  it('never takes a section heading for a name', () => {
    for (const heading of [
      'Career Overview',
      'Professional Summary',
      'Skills',
      'Core Qualifications',
      'Work History',
    ])
      expect(guessName(`${heading}\nAccountant with ten years of experience.\njane@example.com`)).toBeNull();
  });

  it('never takes a job title, field or headline for a name, even next to contact details', () => {
    const headlines = [
      'Engineering Technician',
      'Senior Accountant',
      'SENIOR ACCOUNTANT',
      'HR Consulting',
      'HR CONSULTING',
      'Business Development Manager',
      'CUSTOMER SERVICE ADVOCATE',
      'FEMA VACCINE DISTRIBUTION',
      'Talent Acquisition',
      'Student Attorney - Criminal Defense',
      'Line Cook',
      'TRUCK DRIVER',
    ];
    for (const headline of headlines)
      expect(guessName(`${headline}\n(555) 123-4567 | someone@example.com${body}`), headline).toBeNull();
  });

  it('returns null when the resume states no name (a headline above the summary)', () => {
    expect(
      parseContact(`ACCOUNTANT\nProfessional Summary\nTo obtain a challenging position.${body}`),
    ).toEqual({
      name: null,
      email: null,
      phone: null,
      location: null,
      links: [],
    });
  });

  it('reads a name in capitals when contact details corroborate it, in title case', () => {
    expect(guessName(`PRIYA NAIR, CPA\nSenior Accountant\nChicago, IL | priya.nair@example.com${body}`)).toBe(
      'Priya Nair',
    );
    expect(guessName(`MARY-JANE O'NEIL\n(555) 123-4567${body}`)).toBe("Mary-Jane O'Neil");
  });

  it('does not trust a capitalised line with nothing around it: resume sites print headlines that way', () => {
    expect(guessName(`JOHN SMITH\nSummary\nSeasoned professional.`)).toBeNull();
    expect(guessName(`JOHN SMITH\njohn.smith@example.com\nSummary\nSeasoned professional.`)).toBe(
      'John Smith',
    );
  });

  it('keeps a middle initial and particles, and drops credentials', () => {
    expect(guessName(`Jane A. Doe\njane@example.com${body}`)).toBe('Jane A. Doe');
    expect(guessName(`Maria Alvarez, RN, BSN\n\nRegistered Nurse${body}`)).toBe('Maria Alvarez');
    expect(guessName(`Ludwig van Beethoven\nComposer${body}`)).toBe('Ludwig van Beethoven');
    expect(guessName(`José García López\njose@example.com${body}`)).toBe('José García López');
  });

  it('allows surnames that are also trades when they read as a name', () => {
    expect(guessName(`Amy Cook\namy.cook@example.com${body}`)).toBe('Amy Cook');
    expect(guessName(`Hunter Mason\nhunter@example.com${body}`)).toBe('Hunter Mason');
  });

  it('reads a markdown heading and a name after the contact line', () => {
    expect(guessName(`# Sam Rivera\n\n**Frontend Developer** · Austin, TX · sam@example.com${body}`)).toBe(
      'Sam Rivera',
    );
    expect(
      guessName(`Seattle, WA · jordan.lee@example.com · (206) 555-0143\nJordan Lee\nML Engineer${body}`),
    ).toBe('Jordan Lee');
  });
});

describe('parseContact: contact line and details', () => {
  it('splits "Jane Doe | jane@x.com | +1 (555) 123-4567 | Austin, TX"', () => {
    expect(parseContact(`Jane Doe | jane@x.com | +1 (555) 123-4567 | Austin, TX${body}`)).toEqual({
      name: 'Jane Doe',
      email: 'jane@x.com',
      phone: '+1 (555) 123-4567',
      location: 'Austin, TX',
      links: [],
    });
  });

  it('reads international and Indian phone formats, normalising only whitespace', () => {
    expect(parseContact(`Ravi Kumar\n+91 98765  43210${body}`).phone).toBe('+91 98765 43210');
    expect(parseContact(`Ravi Kumar\nMobile: 9876543210${body}`).phone).toBe('9876543210');
    expect(parseContact(`Anna Berg\n+44 20 7946 0958${body}`).phone).toBe('+44 20 7946 0958');
    expect(parseContact(`Jane Doe\n555.123.4567${body}`).phone).toBe('555.123.4567');
  });

  it('separates a zip code from a phone number that follows it', () => {
    expect(parseContact(`Jane Doe\nAustin, TX 78701 512-555-0100${body}`)).toMatchObject({
      phone: '512-555-0100',
      location: 'Austin, TX 78701',
    });
  });

  it('reads past a RESUME or Curriculum Vitae title', () => {
    expect(guessName(`RESUME\nJohn Smith\njohn.smith@example.com${body}`)).toBe('John Smith');
    expect(guessName(`Curriculum Vitae\nAnita Desai\n+91 98765 43210${body}`)).toBe('Anita Desai');
  });

  it('does not take dates, year ranges or zip codes for a phone', () => {
    const text = `Jane Doe\n2015 - 2019 2020\n01/2015 - 12/2019\nAustin, TX 78701${body}`;
    expect(parseContact(text).phone).toBeNull();
    expect(parseContact(text).location).toBe('Austin, TX 78701');
  });

  it("ignores supervisors' phones and emails in the body", () => {
    const text = `SALES ASSOCIATE\nSummary\nHard worker.\nExperience\nClerk 2010 to 2012\nSupervisor: Joe Bloggs; joe.bloggs@acme.com\nSupervisor's Phone: (410)462-6842).`;
    expect(parseContact(text)).toMatchObject({ name: null, email: null, phone: null });
  });

  it('prefers the address labelled Email over one labelled Facebook', () => {
    const text = `TEACHER\n\nFacebook: kidscare@yahoo.com\nEmail: mariela.perez@gmail.com\n\nProfessional Summary\nTeacher.`;
    expect(findEmail(text)).toBe('mariela.perez@gmail.com');
    expect(guessName(text)).toBeNull();
  });

  it('reads details listed under a Contact heading', () => {
    const text = `Maria Alvarez, RN\n\nRegistered Nurse\n\nCONTACT\nPhoenix, AZ\n(602) 555-0188\nmaria@example.com\n\nLICENSES\nRN, Arizona`;
    expect(parseContact(text)).toMatchObject({
      name: 'Maria Alvarez',
      email: 'maria@example.com',
      phone: '(602) 555-0188',
      location: 'Phoenix, AZ',
    });
  });

  it('reads City, State and City, Country, but not the "City , State" placeholder of employers', () => {
    expect(parseContact(`Grace Thompson, RN\nColumbus, Ohio | grace@example.com${body}`).location).toBe(
      'Columbus, Ohio',
    );
    expect(parseContact(`Marta Kowalczyk\nWarsaw, Poland${body}`).location).toBe('Warsaw, Poland');
    expect(parseContact(`Jane Doe\n123 Main St, Springfield, IL 62704${body}`).location).toBe(
      'Springfield, IL 62704',
    );
    expect(
      parseContact(`NURSE\nSummary\nCare.\nExperience\nNurse\nCompany Name - City , State`).location,
    ).toBeNull();
  });

  it('reads a city named alone after the email or phone on a contact line, or after a label', () => {
    const maya = parseContact(`Maya Okafor\nmaya.okafor@example.com · +44 20 7946 0123 · London${body}`);
    expect(maya).toMatchObject({ name: 'Maya Okafor', location: 'London' });
    expect(parseContact(`Jonas Weber\nLocation: Berlin\njonas@example.com${body}`).location).toBe('Berlin');
    expect(parseContact(`Ana Silva · ana@example.com · São Paulo${body}`).location).toBe('São Paulo');
    // Before the contact details a fragment is the name; a title after them is no city.
    expect(parseContact(`Maya Okafor · maya@example.com${body}`).location).toBeNull();
    expect(parseContact(`Maya Okafor\nmaya@example.com · Senior Accountant${body}`).location).toBeNull();
  });
});

describe('parseContact: links', () => {
  it('collects profile and personal links from the header, de-duplicated, but not email domains', () => {
    const text = `Jordan Lee\njordan@example.com · linkedin.com/in/jordanlee · https://github.com/jordanlee/ · jordanlee.dev${body}\nhttps://www.linkedin.com/in/jordanlee`;
    expect(parseContact(text).links).toEqual([
      'linkedin.com/in/jordanlee',
      'https://github.com/jordanlee/',
      'jordanlee.dev',
    ]);
  });

  it('takes a LinkedIn profile anywhere, but not work links in the experience section', () => {
    const text = `HEALTH COACH\nSummary\nCoach.\nExperience\nRan www.acme.com and https://www.youtube.com/watch?v=x\nPersonal Information\nhttps://www.linkedin.com/in/jane-doe-123`;
    expect(parseContact(text).links).toEqual(['https://www.linkedin.com/in/jane-doe-123']);
  });

  it('does not take tools or degrees like Node.js, ASP.NET or B.Tech for links', () => {
    expect(
      parseContact(`Jane Doe\njane@example.com | Node.js, ASP.NET, Vue.js | B.Tech, B.Com${body}`).links,
    ).toEqual([]);
  });

  it("does not take a repository in the body for the candidate's GitHub profile", () => {
    const text = `Jane Doe\njane@example.com${body}Projects\nContributed to github.com/acme/widgets.\nMore at github.com/janedoe`;
    expect(parseContact(text).links).toEqual(['github.com/janedoe']);
  });
});
