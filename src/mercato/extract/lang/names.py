"""Given names common in football news across the six languages and the countries that supply
most players and coaches. A capitalised word from this table followed by another capitalised
word is taken for a person's name even when the knowledge base does not know the person; the
knowledge base adds the given names of everyone it holds."""

GIVEN_NAMES = frozenset(
    """
    Aaron Abdou Abdul Abdoulaye Abel Achraf Adam Adama Adan Adel Adelio Adélio Adolfo Adrian Adrián Adriano
    Adrien Agustin Agustín Ahmed Aitor Ajdin Alan Alassane Albert Alberto Albin Aleix Alejandro Aleksandar
    Aleksandr Alessandro Alessio Alex Alexander Alexandre Alexis Alfie Alfonso Alfred Alfredo Ali Alisson
    Allan Alphonse Alphonso Alvaro Álvaro Amad Amadou Amine Anders Andoni Andre André Andrea Andreas Andrei
    Andrés Andres Andrew Andrey Andriy Andy Angel Ángel Angelo Ange Anselmo Ansu Anthony Antoine Anton
    Antonio António Antony Ardon Arkadiusz Armando Arne Arnaud Arsène Arsene Arthur Arturo Ashley Asier
    Axel Aurelien Aurélien Ayoze Baba Bamba Bart Bastian Ben Benjamin Benoit Benoît Bernardo Bernd Bertrand
    Bill Billy Björn Bjorn Boaz Borja Boubacar Boubakary Branislav Brahim Brais Brandon Brennan Brian Bruno
    Bryan Bukayo Callum Cameron Carles Carlo Carlos Carl Carsten Casemiro Cesar César Cesare Cesc Charles
    Charlie Chris Christian Christoph Christophe Christopher Ciro Claudio Cláudio Claude Clément Clement
    Cody Cole Conor Corentin Cristian Cristhian Cristiano Cristiano Cyril Dani Daniel Daniele Danilo Dante
    Dario Darío Darwin Davide David Davy Dean Declan Dejan Denis Dennis Desire Destiny Diego Dieter Dimitri
    Diogo Djibril Domenico Dominik Dominic Donny Douglas Dries Dusan Duván Dwight Eddie Eddy Eden Edin
    Edinson Edoardo Edson Edu Eduardo Edward Emanuel Emanuele Emerson Emil Emiliano Emile Emmanuel Endrick
    Enrique Enzo Eric Erik Erling Ernesto Esteban Ethan Eusebio Evan Ezri Fabian Fabián Fabio Fábio
    Fabrizio Facundo Federico Felipe Felix Félix Ferdinand Fernando Ferran Filip Filippo Florian Francesco
    Francisco Franck Franco Frank Frenkie Gabriel Gaetano Gareth Gary Gavi Gennaro Geoffrey George Georges
    Georgi Georginio Gerard Gerardo Gerhard Gian Giacomo Gianluca Gianluigi Gianni Gianpiero Gilberto
    Gino Giorgio Giorgos Giovanni Giuliano Giuntoli Giuseppe Gonçalo Goncalo Gonzalo Graham Gregor Guido
    Guillermo Gustavo Hakan Hakim Hamza Hannes Hans Harry Harvey Hector Héctor Heung-min Hugo Ibrahim
    Ibrahima Iago Ignacio Igor Iker Ilkay İlkay Imanol Inaki Iñaki Isaac Ismael Ismaila Ivan Iván Jack
    Jacob Jadon Jaime Jakub James Jamie Jan Jannik Jarrod Jason Javi Javier Jay Jean Jens Jeremie Jeremy
    Jérémy Jesse Jesus Jesús Joan Joao João Joaquin Joaquín Jochen Joe Joel Joël Johan John Jonas Jonathan
    Jordan Jordi Jorge Jose José Josep Joseph Josh Joshua Joško Josko Josip Juan Jude Jules Julian Julián
    Julien Julen Julio Julius Jürgen Jurgen Justin Kai Kalidou Karim Karl Kasper Keir Kenan Kepa Kevin
    Khvicha Kieran Kingsley Kobbie Konrad Kylian Lamine Lars Lautaro Leandro Leon Leonardo Leroy Levi Liam
    Lionel Lisandro Lorenzo Loïc Loic Louis Luca Lucas Luciano Ludovic Luigi Luis Luís Luiz Luka Lukas
    Luke Manuel Marc Marcel Marcelo Marco Marcos Marcus Mario Mário Marius Mark Markus Martin Martín Mason
    Massimiliano Massimo Mateo Mateus Matheus Mathias Mathys Matias Matías Matt Matteo Matthias Matthew
    Matthijs Mauricio Maurizio Mauro Max Maxime Mehdi Memphis Michael Michail Michel Michele Miguel Mika
    Mikel Milan Milos Miloš Mohamed Mohammed Moise Moisés Moises Morgan Moussa Myles Nabil Nacho Nathan
    Nathaniel Neil Nelson Neymar Nico Nicola Nicolas Nicolás Nicolo Nicolò Niclas Niklas Niko Nikola
    Noah Noni Norberto Nuno Nuri Oliver Olivier Omar Oscar Óscar Oliver Ousmane Pablo Paolo Pape Pascal
    Patrick Patrik Pau Paul Paulo Pavel Pedro Pep Pepe Per Petar Peter Philipp Philippe Phil Pierre
    Pierre-Emerick Pietro Piero Piotr Quentin Rafael Rafa Raheem Ralf Ramon Ramón Randal Raphael Raphaël
    Raphinha Raul Raúl Reece Remo Renato Riccardo Richard Richarlison Rick Ricardo Riyad Robert Roberto
    Robin Rodrigo Rodri Roger Roland Romain Romelu Ronald Ronaldo Rory Rúben Ruben Rubén Rui Ruud Ryan
    Sadio Salvatore Sam Sami Samuel Samu Sandro Santiago Sascha Scott Sean Sebastian Sebastián Sebastiano
    Serge Sergej Sergi Sergio Sérgio Sergiño Shane Simon Simone Sofyan Son Stefan Stefano Steffen Stephan
    Steve Steven Sven Takefusa Takehiro Tammy Teun Thiago Thibaut Thierry Thomas Thilo Tim Timo Timothy
    Tino Toby Tom Tomas Tomás Tommaso Toni Tony Torsten Trent Tyler Unai Uwe Valentin Valentino Vanja
    Victor Víctor Vincent Vincenzo Vinicius Vinícius Virgil Vitor Vítor Viktor Vladimir Walter Wesley
    Weston Wilfried Willian William Wout Xabi Xavi Xavier Yann Yannick Yassine Yeremy Yoann Youri Youssef
    Yves Zinedine Zlatan Bryan Hugo Alexander Luis Darwin Enzo Viktor Martin Noni Christian Kepa Kai Mikel
    Andrea Julen Graham Oscar Juan Borja Edu Carlos Rubén Chris Damià Damia Peter Marco Markus Steffen
    Stefan Gerhard Pierre John Daniel Nasser Achraf Yoram Ibrahim Naoufel Lars Sebastian Niko Cristian
    Igli Thiago Ivan Jurgen Nestor Néstor Ole Gunnar Erik Ten Vincent Kieran Hansi Xaver Ralph Ruben
    Ange Oliver Eddie Sean Kjetil Russell Brendan Steve Gian Piero Raffaele Vincenzo Cesc Luciano Fabio
    Rolando Gennaro Aurelio Walter Maurizio Eusebio Daniele Davide Alberto Francesco Gianluca Alfredo
    Nicolò Ciro Dries Victor Khvicha Romelu Scott Billy Leonardo Matías Nahuel Mats Niclas Serhou Emre
    Jadon Giovanni Donyell Karim Kingsley Leroy Ilkay Joshua Jamal Florian Granit Xherdan Manuel Marc-André
    Ousmane Randal Bradley Kalvin Hwang Kim Lee Park Takumi Kaoru Wataru Ritsu Daichi Junya Kaoru Mohammed
    """.split()
)

#: Capitalised words that are never part of a person's name in any of the six languages:
#: competitions, venues, team words, months and weekdays.
NEVER_NAMES = frozenset(
    """
    League Liga Lig Serie Cup Coppa Copa Coupe Pokal Taça Taca Trophy Trofeo Supercoppa Supercopa Supertaça
    Champions Europa Conference Super Premier Bundesliga Ligue Primeira Segunda Eredivisie Süper Saudi Pro
    Championship Mondiale Mondiali World Euro Nations Clausura Apertura Libertadores Sudamericana Scudetto
    Squadra Stadium Stadio Estadio Estádio Stade Arena Park Cottage Bridge Road Lane Curva Primavera Nazionale
    Selección Seleção Nationalmannschaft Club Calcio Sport Sports Football Fútbol Futebol Fußball Academy
    January February March April May June July August September October November December
    Gennaio Febbraio Marzo Aprile Maggio Giugno Luglio Agosto Settembre Ottobre Novembre Dicembre
    Enero Febrero Abril Mayo Junio Julio Septiembre Octubre Noviembre Diciembre Janvier Février Avril Juin
    Juillet Août Septembre Octobre Décembre Januar Februar März Juni Juli Oktober Dezember Janeiro Fevereiro
    Março Maio Junho Julho Setembro Outubro Novembro Dezembro
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Lunedì Martedì Mercoledì Giovedì Venerdì Sabato
    Domenica Lunes Martes Miércoles Jueves Viernes Sábado Domingo Lundi Mardi Mercredi Jeudi Vendredi Samedi
    Dimanche Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Segunda-feira Terça-feira
    Christmas Natale Navidad Noël Weihnachten Natal VAR UEFA FIFA
    Confederation Federation Association League Group Board Council Committee Ministry Government Foundation
    Confederazione Federazione Associazione Confederación Federación Asociación Confédération Fédération
    Verband Bund Confederação Federação Associação Holdings Capital Partners Investment Fund
    Bernabéu Bernabeu Nou Siro Metropolitano Mestalla Anfield Wembley Trafford Etihad Emirates Allianz
    Olimpico Olímpico Meazza Juventus Velodrome Vélodrome Princes Camp Dragão Dragao Alvalade
    """.split()
)
