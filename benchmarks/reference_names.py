"""Reference data for the benchmark corpus: common UK first names and surnames, English local authorities.

Only the benchmark replicator uses these lists; Cuttings itself never sees them. First names that are
also everyday words at the start of a sentence (Will, May, Mark, Bill, Rose, Grace, Hope, Faith, Joy, Don)
are left out on purpose, so that "Will Labour win" is not read as a person.
"""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of ``text``: reference lists stay readable as paragraphs."""
    return tuple(text.split())


FIRST_NAMES: frozenset[str] = frozenset(
    words(
        """
    Aaron Abigail Adam Adrian Aidan Alan Albert Alex Alexander Alexandra Alice Alison Amanda Amelia Amy
    Andrew Andy Angela Anna Anne Anthony Arthur Ashley Barbara Barry Ben Benjamin Beth Bethany Beverley
    Brian Bruce Callum Carl Carol Caroline Catherine Charles Charlie Charlotte Chloe Chris Christine
    Christopher Claire Colin Connor Craig Dale Damian Daniel Danny Darren Dave David Dean Deborah Denise
    Dennis Derek Diane Dominic Donald Dorothy Douglas Duncan Edward Eileen Elaine Eleanor Elizabeth Ella
    Ellie Emily Emma Eric Frances Francis Frank Fred Gareth Gary Gavin Geoffrey George Georgia Gerald
    Gillian Glen Gordon Graham Grant Hannah Harry Hazel Heather Helen Henry Hilary Holly Ian Isabel
    Isabella Jack Jacob Jacqueline Jake James Jamie Jane Janet Jason Jean Jennifer Jeremy Jessica Jill
    Joan Joanne John Jonathan Joseph Joshua Judith Julia Julian Julie Justin Karen Kate Katherine Kathleen
    Keith Kelly Kenneth Kevin Kieran Kirsty Laura Lauren Lee Leon Lewis Liam Linda Lisa Louise Lucy Luke
    Lynn Malcolm Margaret Maria Marie Martin Mary Matthew Megan Melanie Michael Michelle Mike Molly Natalie
    Neil Nicholas Nick Nicola Nigel Oliver Olivia Owen Pamela Patricia Patrick Paul Pauline Peter Philip
    Phillip Rachel Rebecca Richard Rob Robert Robin Roger Ronald Rosemary Ross Roy Russell Ruth Ryan Sally
    Samantha Samuel Sandra Sarah Scott Sean Sharon Sheila Simon Sophie Stephen Steve Steven Stuart Susan
    Suzanne Teresa Terry Theresa Thomas Tim Timothy Toby Tom Tony Tracey Trevor Valerie Vanessa Victoria
    Vincent Wayne Wendy William Yvonne Zoe
    """
    )
)

SURNAMES: tuple[str, ...] = words(
    """
    Smith Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker
    White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward
    Morris Clark Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price
    Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller
    Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell
    Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen Palmer Holmes Mills Barnes Knight Lloyd
    Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey Graham Pearson Ahmad Fletcher Walsh
    Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West
    Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton Pickering Watts Roper Booth Perry Ryan
    Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe
    Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton
    Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop
    Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald
    Yates Hodgson Robson Curtis Hopkins Whitaker Harper Coleman Watkins Moss McCarthy Chambers Griffin
    Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke
    Marsden Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters
    Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch
    Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings
    Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French
    Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles
    Hartley Miah Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin
    Burrows Briggs Storey Pollard Haworth Sykes Brook Ackroyd Holroyd Crowther Lister Firth Greaves
    """
)

LOCAL_AUTHORITIES: tuple[str, ...] = (
    "Leeds City Council",
    "Sheffield City Council",
    "Kirklees Council",
    "Calderdale Council",
    "Barnsley Council",
    "Doncaster Council",
    "York Council",
    "Hull City Council",
    "North Yorkshire Council",
    "East Riding of Yorkshire Council",
    "North Lincolnshire Council",
    "Lincolnshire County Council",
    "Manchester City Council",
    "Salford City Council",
    "Bolton Council",
    "Bury Council",
    "Oldham Council",
    "Rochdale Council",
    "Stockport Council",
    "Tameside Council",
    "Trafford Council",
    "Wigan Council",
    "Liverpool City Council",
    "Sefton Council",
    "Wirral Council",
    "Knowsley Council",
    "St Helens Council",
    "Lancashire County Council",
    "Blackpool Council",
    "Blackburn with Darwen Council",
    "Cumberland Council",
    "Newcastle City Council",
    "Gateshead Council",
    "Sunderland City Council",
    "Durham County Council",
    "Northumberland County Council",
    "Middlesbrough Council",
    "Birmingham City Council",
    "Coventry City Council",
    "Dudley Council",
    "Sandwell Council",
    "Solihull Council",
    "Walsall Council",
    "Wolverhampton City Council",
    "Nottingham City Council",
    "Derby City Council",
    "Leicester City Council",
    "Staffordshire County Council",
    "Shropshire Council",
    "Norfolk County Council",
    "Suffolk County Council",
    "Essex County Council",
    "Kent County Council",
    "Surrey County Council",
    "Hampshire County Council",
    "Bristol City Council",
    "Plymouth City Council",
    "Cornwall Council",
    "Devon County Council",
    "Oxfordshire County Council",
    "Cambridgeshire County Council",
    "Camden Council",
    "Hackney Council",
    "Lambeth Council",
    "Southwark Council",
)
