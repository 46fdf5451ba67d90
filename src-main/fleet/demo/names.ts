/** Italian people: first names and surnames (with the north-of-Italy surnames a regional MSP meets). */

export const firstNames = [
  'Marco', 'Luca', 'Giovanni', 'Andrea', 'Francesco', 'Alessandro', 'Matteo', 'Lorenzo', 'Davide', 'Simone',
  'Stefano', 'Paolo', 'Roberto', 'Giuseppe', 'Antonio', 'Fabio', 'Massimo', 'Riccardo', 'Federico', 'Nicolò',
  'Daniele', 'Emanuele', 'Claudio', 'Alberto', 'Enrico', 'Filippo', 'Gabriele', 'Mattia', 'Pietro', 'Tommaso',
  'Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Elena', 'Valentina', 'Alessandra', 'Federica', 'Silvia',
  'Laura', 'Paola', 'Anna', 'Elisa', 'Giorgia', 'Roberta', 'Monica', 'Barbara', 'Cristina', 'Serena',
  'Ilaria', 'Beatrice', 'Alice', 'Camilla', 'Irene', 'Marta', 'Veronica', 'Michela', 'Lucia', 'Daniela',
] as const;

export const surnames = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti',
  'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone',
  'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Lombardo', 'Serra', 'Coppola', 'De Santis', "D'Angelo", 'Marchetti',
  'Parisi', 'Villa', 'Conte', 'Ferraro', 'Ferri', 'Fabbri', 'Bianco', 'Marini', 'Grasso', 'Valentini',
  'Messina', 'Sala', 'De Angelis', 'Gatti', 'Pellegrini', 'Palumbo', 'Sanna', 'Farina', 'Rizzi', 'Monti',
  'Cattaneo', 'Morelli', 'Amato', 'Silvestri', 'Mazza', 'Testa', 'Grassi', 'Pellegrino', 'Carbone', 'Giuliani',
  'Benedetti', 'Barone', 'Rossetti', 'Caputo', 'Montanari', 'Guerra', 'Palmieri', 'Bernardi', 'Fiore', 'De Rosa',
  'Ferretti', 'Bellini', 'Basile', 'Riva', 'Donati', 'Piras', 'Vitali', 'Battaglia', 'Sartori', 'Neri',
  'Costantini', 'Milani', 'Orlando', 'Negri', 'Bertolini', 'Zanetti', 'Benassi', 'Gualtieri', 'Incerti', 'Manfredini',
  'Bonacini', 'Ferrarini', 'Iori', 'Spaggiari', 'Codeluppi', 'Guidetti', 'Malagoli', 'Bertani', 'Zanichelli', 'Tagliavini',
  'Pederzoli', 'Montorsi', 'Bassoli', 'Corradini', 'Vezzani', 'Cavazzoni', 'Ganassi', 'Righi', 'Catellani', 'Davoli',
] as const;

export interface Person {
  first: string;
  last: string;
}
