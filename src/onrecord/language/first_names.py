"""First-name lexicon for guessing a person's gender from the name the article gives.

Hand-written lists of common US/UK given names plus names frequent in political news.
Names used for both sexes (Jordan, Taylor, Alex, Chris, Pat, Robin, ...) are in neither
list: an unknown gender is better than a wrong one. Kept as a Python module (not a .txt
package-data file) so that it ships with every kind of install.
"""

from __future__ import annotations

MALE = frozenset(
    """
    aaron abdul abdullah abe abraham adam adrian ahmad ahmed al alan albert alberto alec
    alejandro alexander alfred ali allen alvin amir andre andrew andy angus anthony antonio
    archie arnold arthur ashton austin barack barney barry bashar ben benjamin bernard bernie
    bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan
    byron calvin carl carlos chad charles charlie chester chuck clarence claude clay clayton
    clifford clint clyde cody colin conrad corey cory craig curtis dale dan daniel
    danny darrell darren dave david dean dennis derek devin dick dmitry don donald doug
    douglas duane dustin dwayne dwight earl ed eddie edgar edward edwin elijah elliot elmer
    emmanuel enrique eric erik ernest ethan eugene evan everett felix fernando floyd francis
    francisco frank franklin fred freddie frederick gabriel gary gavin gene geoffrey george
    gerald gilbert glenn gordon graham grant greg gregory gus guy hamid harold harris harry
    harvey hassan hector henry herbert herman howard hugh hugo hussein ian ibrahim igor isaac
    ivan jack jacob jake james jared jason javier jay jeb jeff jeffrey jeremy jerome jerry
    jesse jesus jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua
    juan julian justin karl keith ken kenneth kevin khalid kurt kyle lance larry lawrence
    leo leon leonard leroy lewis lincoln lloyd logan lonnie louis lucas luis
    luke malcolm manuel marc marco marcus mario mark marshall martin marvin matt matthew
    maurice max melvin michael miguel mike milton mitch mitchell mohamed mohammad mohammed
    muammar muhammad murray nathan nathaniel neil nelson nicholas nick nigel noah norman
    oliver omar oscar otto owen pablo patrick paul pedro perry pete peter phil philip
    phillip ralph ramon randall randy raul ray raymond reggie reginald reince ricardo
    richard rick ricky rob robert roberto rod rodney roger roland ron ronald ross roy ruben
    rudolph rudy russell ryan salvador sam samuel saul scott sean sebastian sergei sergio
    seth shane shaun shawn sidney simon stanley stephen steve steven stuart ted terrence
    terry theodore thomas tim timothy toby todd tom tommy tony travis trent trevor troy
    tyler vernon victor vincent vladimir wade walter warren wayne wesley willard william
    willie xavier yusuf zachary
    """.split()
)

FEMALE = frozenset(
    """
    abby abigail ada adele adriana agnes aisha alexandra alexis alice alicia alison allison
    alma amanda amber amelia amy ana andrea angela angelina anita ann anna anne annette
    annie april arlene ashley audrey barbara beatrice becky belinda betsy betty beverly
    bianca bonnie brenda bridget brittany brooke camille candace cara carla carmen carol
    caroline carolyn carrie cassandra catherine cathy cecilia charlotte chelsea cheryl
    christina christine cindy claire clara claudia colleen connie constance courtney
    crystal cynthia daisy danielle daphne darlene dawn deborah debbie debra denise
    diana diane dianne dolores donna dora doris dorothy edith eileen elaine eleanor elena
    elisabeth eliza elizabeth ella ellen elsa emily emma erica erin esther ethel eva
    evelyn fatima felicia fiona florence frances francesca gabrielle gail gina gladys
    glenda gloria grace gretchen gwen hannah harriet hazel heather heidi helen helena
    hilary hillary holly hope ida ileana ilhan irene iris isabel isabella ivanka jackie
    jacqueline jane janet janice jasmine jean jeanne jennifer jenny jessica jill joan
    joanna joanne jodi josephine joy joyce juanita judith judy julia julie june karen
    kate katherine kathleen kathryn kathy katie kay kayla kellyanne kimberly kirsten
    krista kristen kristin laura lauren laurie leah lena lillian lily linda lisa liz
    loretta lori lorraine louise lucia lucy lydia lynn mabel madeleine madeline maggie
    mandy marcia margaret maria marian marie marilyn marion marjorie marsha martha mary
    maureen maxine megan melania melanie melinda melissa mia michele michelle mildred
    miranda miriam molly monica nadia nancy naomi natalie natasha nicole nikki nina nora
    norma olga olivia paige pamela patricia paula pauline peggy penelope penny phyllis
    priscilla rachel rebecca regina renee rhonda rita roberta rosa rosalind rose rosemary
    ruth sabrina sally samantha sandra sara sarah sharon sheila shelley sherry shirley
    sofia sonia sophia sophie stacy stella stephanie sue susan suzanne sylvia tamara tammy
    tanya tara teresa theresa tiffany tina tracy ursula valerie vanessa vera veronica
    vicki victoria viola violet virginia vivian wanda wendy whitney yolanda yvonne zoe
    """.split()
)

#: Given names used for both sexes: a first name, but no gender from it.
EITHER = frozenset(
    """
    alex ali ariel ashley avery bailey blake cameron carey casey charlie chris corey dana
    drew frankie jackie jamie jean jesse jessie jody jordan kelly kendall kerry kim lee
    leslie lindsay lindsey logan loren marion morgan pat peyton quinn reagan reese riley
    robin rory sam sandy shannon shelby sidney skyler stacey taylor terry tracy
    """.split()
)

#: Given names of political, court, business and sports news outside the US and UK, written
#: by hand from the public lists of the most common given names per country (Wikipedia's
#: "List of most popular given names") and from the names of office-holders in the news of
#: Ireland, India, Pakistan, Iran, the Arab world, Israel, Nigeria, Ghana, Kenya, South
#: Africa, Brazil, Mexico, the Philippines, Korea, Vietnam, China, Russia and Ukraine. Names
#: written family name first (Korean, Vietnamese, Chinese) are left out: their first word is
#: a surname.
WORLD_MALE = frozenset(
    """
    abdel abdelaziz abdelfattah abdulaziz abhishek abiy ahmet ajay akhilesh alexei alexey
    alfonso alireza alvaro amit andres andriy anil anwar arjun arvind ashok asif atal atiku
    avigdor babar babatunde bashir benny bertie bezalel bilal bilawal bola bongbong chidi
    chukwuma ciaran colm conor cormac cyril darach darragh declan dermot diarmuid diego
    donal eamon eamonn ebrahim eduardo ehud emeka emilio emmerson emre enda enrico fahad
    faisal felipe femi ferdinand fintan francois friedrich gadi gamal gerhard giorgio
    giuseppe goodluck guillermo gustavo hamza helmut hernan hosni hossein humza hussain
    ignacio ikenna imran inacio ismail itamar jacques jagmeet jair javad jawad jens joao
    joaquin jomo julius jurgen kapil kareem karim kayode keir kemal kenny khaled kofi kojo
    kwame lai lalu laurent luigi luiz lula mahmoud majid manmohan manny manoj marcelo
    mariano markus masoud massoud mateo mateus matheus matteo mehdi mehmet micheal mikhail
    mohsen moshe muhammadu murat mustafa naftali naguib nana narendra nawaz niall nicolas
    nikolai nitin nnamdi obinna oisin olaf oleksandr olivier olu olusegun padraig paolo
    pervez petro pierre piyush pranab rahul raila rajesh ramesh ramiro ravi recep reza rishi
    rodolfo rodrigo rohit romeo sachin sadiq saeed sanjay santiago seamus sebastiao segun
    sergey shahid shashi shehbaz shimon silvio sunil suresh tarek tariq thabo thierry tunde
    tushar uche uhuru vijay vikram viktor virat volodymyr walid waqar wasim winston wole
    wolfgang yair yakubu yasir yasser yaw yevgeny yitzhak yoav yogi yoweri zulfikar
    alain benoit denis etienne gilles luc mathieu michel pascal philippe rene sebastien yves
    """.split()
)
WORLD_FEMALE = frozenset(
    """
    alexandria annalena aoife ayanna benazir camila chimamanda dilma droupadi elise fatemeh
    fernanda folake funmilayo giorgia gleisi graca grainne hima imelda indira irina isabela
    janja jayalalithaa jessi jillian juliana kamala kemi kiran kristi leila leni mairead
    mamata mariam marina marine maryam masoumeh mayawati narges nasrin natalia niamh nirmala
    nkosazana oksana orla pratibha priti priyanka rashida roisin saoirse segolene shirin
    sinead siobhan smriti suella sushma sussan svetlana tatiana valentina winnie yulia
    yvette zahra
    chantal claudette genevieve helene isabelle josee manon nathalie sylvie therese
    """.split()
)
MALE = MALE | WORLD_MALE
FEMALE = FEMALE | WORLD_FEMALE
