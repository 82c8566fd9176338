<?php
/**
 * The industry catalogue: industries with suggested sectors and seed keywords (the seed's
 * Industry and IndustrySector templates). Read by Igny8\Planner\Industry_Catalogue.
 *
 * Industry and sector slugs are stable identifiers; names and keywords are translated.
 * Each sector is array( slug, name, seed keyword, … ).
 *
 * @package Igny8
 */

declare( strict_types=1 );

defined( 'ABSPATH' ) || exit;

return array(
	'home-garden'        => array(
		'name'    => __( 'Home and garden', 'igny8' ),
		'sectors' => array(
			array( 'gardening', __( 'Gardening', 'igny8' ), __( 'vegetable garden for beginners', 'igny8' ), __( 'when to plant tomatoes', 'igny8' ), __( 'best soil for raised beds', 'igny8' ) ),
			array( 'home-improvement', __( 'Home improvement', 'igny8' ), __( 'how to paint a room', 'igny8' ), __( 'bathroom renovation cost', 'igny8' ), __( 'fix a leaking tap', 'igny8' ) ),
			array( 'interior-design', __( 'Interior design', 'igny8' ), __( 'small living room ideas', 'igny8' ), __( 'how to choose paint colours', 'igny8' ), __( 'scandinavian interior style', 'igny8' ) ),
			array( 'cleaning-organising', __( 'Cleaning and organising', 'igny8' ), __( 'how to declutter your home', 'igny8' ), __( 'natural cleaning products', 'igny8' ), __( 'kitchen organisation ideas', 'igny8' ) ),
			array( 'diy-projects', __( 'DIY projects', 'igny8' ), __( 'diy shelves', 'igny8' ), __( 'upcycled furniture ideas', 'igny8' ), __( 'beginner woodworking projects', 'igny8' ) ),
		),
	),
	'health-wellness'    => array(
		'name'    => __( 'Health and wellness', 'igny8' ),
		'sectors' => array(
			array( 'nutrition', __( 'Nutrition', 'igny8' ), __( 'healthy breakfast ideas', 'igny8' ), __( 'high protein foods', 'igny8' ), __( 'how much water to drink a day', 'igny8' ) ),
			array( 'fitness', __( 'Fitness', 'igny8' ), __( 'home workout without equipment', 'igny8' ), __( 'beginner running plan', 'igny8' ), __( 'strength training for women', 'igny8' ) ),
			array( 'mental-health', __( 'Mental health', 'igny8' ), __( 'how to reduce stress', 'igny8' ), __( 'signs of burnout', 'igny8' ), __( 'breathing exercises for anxiety', 'igny8' ) ),
			array( 'sleep', __( 'Sleep', 'igny8' ), __( 'how to fall asleep fast', 'igny8' ), __( 'best sleeping position', 'igny8' ), __( 'how many hours of sleep do I need', 'igny8' ) ),
			array( 'weight-management', __( 'Weight management', 'igny8' ), __( 'healthy weight loss tips', 'igny8' ), __( 'meal prep for weight loss', 'igny8' ), __( 'calorie deficit explained', 'igny8' ) ),
		),
	),
	'food-drink'         => array(
		'name'    => __( 'Food and drink', 'igny8' ),
		'sectors' => array(
			array( 'recipes', __( 'Recipes', 'igny8' ), __( 'easy dinner recipes', 'igny8' ), __( 'vegetarian recipes', 'igny8' ), __( 'one pot meals', 'igny8' ) ),
			array( 'baking', __( 'Baking', 'igny8' ), __( 'sourdough bread recipe', 'igny8' ), __( 'how to make a sponge cake', 'igny8' ), __( 'gluten free baking', 'igny8' ) ),
			array( 'restaurants', __( 'Restaurants', 'igny8' ), __( 'best restaurants near me', 'igny8' ), __( 'how to open a restaurant', 'igny8' ), __( 'restaurant menu ideas', 'igny8' ) ),
			array( 'coffee-tea', __( 'Coffee and tea', 'igny8' ), __( 'how to make pour over coffee', 'igny8' ), __( 'best coffee beans', 'igny8' ), __( 'green tea benefits', 'igny8' ) ),
			array( 'wine-beer', __( 'Wine and beer', 'igny8' ), __( 'wine pairing with food', 'igny8' ), __( 'how to brew beer at home', 'igny8' ), __( 'best red wines', 'igny8' ) ),
		),
	),
	'travel'             => array(
		'name'    => __( 'Travel and tourism', 'igny8' ),
		'sectors' => array(
			array( 'destinations', __( 'Destinations', 'igny8' ), __( 'best places to visit in europe', 'igny8' ), __( 'weekend getaway ideas', 'igny8' ), __( 'things to do in rome', 'igny8' ) ),
			array( 'accommodation', __( 'Hotels and accommodation', 'igny8' ), __( 'boutique hotels', 'igny8' ), __( 'how to find cheap hotels', 'igny8' ), __( 'vacation rentals', 'igny8' ) ),
			array( 'budget-travel', __( 'Budget travel', 'igny8' ), __( 'how to travel cheap', 'igny8' ), __( 'backpacking tips', 'igny8' ), __( 'cheap flights tips', 'igny8' ) ),
			array( 'adventure-travel', __( 'Adventure travel', 'igny8' ), __( 'best hiking trips', 'igny8' ), __( 'safari holidays', 'igny8' ), __( 'scuba diving destinations', 'igny8' ) ),
			array( 'travel-tips', __( 'Travel tips', 'igny8' ), __( 'packing list for travel', 'igny8' ), __( 'travel insurance explained', 'igny8' ), __( 'how to beat jet lag', 'igny8' ) ),
		),
	),
	'technology'         => array(
		'name'    => __( 'Technology', 'igny8' ),
		'sectors' => array(
			array( 'software', __( 'Software', 'igny8' ), __( 'best productivity apps', 'igny8' ), __( 'how to choose software', 'igny8' ), __( 'open source alternatives', 'igny8' ) ),
			array( 'consumer-electronics', __( 'Consumer electronics', 'igny8' ), __( 'best laptops', 'igny8' ), __( 'smartphone comparison', 'igny8' ), __( 'noise cancelling headphones', 'igny8' ) ),
			array( 'cybersecurity', __( 'Cybersecurity', 'igny8' ), __( 'how to create a strong password', 'igny8' ), __( 'what is two factor authentication', 'igny8' ), __( 'how to avoid phishing', 'igny8' ) ),
			array( 'artificial-intelligence', __( 'Artificial intelligence', 'igny8' ), __( 'what is machine learning', 'igny8' ), __( 'ai tools for business', 'igny8' ), __( 'how chatbots work', 'igny8' ) ),
			array( 'web-development', __( 'Web development', 'igny8' ), __( 'how to build a website', 'igny8' ), __( 'learn javascript', 'igny8' ), __( 'website speed optimisation', 'igny8' ) ),
		),
	),
	'personal-finance'   => array(
		'name'    => __( 'Personal finance', 'igny8' ),
		'sectors' => array(
			array( 'budgeting', __( 'Budgeting', 'igny8' ), __( 'how to make a budget', 'igny8' ), __( '50 30 20 rule', 'igny8' ), __( 'how to save money fast', 'igny8' ) ),
			array( 'investing', __( 'Investing', 'igny8' ), __( 'how to start investing', 'igny8' ), __( 'index funds explained', 'igny8' ), __( 'stocks vs bonds', 'igny8' ) ),
			array( 'credit-debt', __( 'Credit and debt', 'igny8' ), __( 'how to improve credit score', 'igny8' ), __( 'debt snowball method', 'igny8' ), __( 'how to consolidate debt', 'igny8' ) ),
			array( 'retirement', __( 'Retirement', 'igny8' ), __( 'how much to save for retirement', 'igny8' ), __( 'retirement planning checklist', 'igny8' ), __( 'early retirement', 'igny8' ) ),
			array( 'taxes', __( 'Taxes', 'igny8' ), __( 'how to file taxes', 'igny8' ), __( 'tax deductions list', 'igny8' ), __( 'self employed taxes', 'igny8' ) ),
		),
	),
	'real-estate'        => array(
		'name'    => __( 'Real estate', 'igny8' ),
		'sectors' => array(
			array( 'buying-a-home', __( 'Buying a home', 'igny8' ), __( 'first time home buyer tips', 'igny8' ), __( 'how much house can I afford', 'igny8' ), __( 'home inspection checklist', 'igny8' ) ),
			array( 'selling-a-home', __( 'Selling a home', 'igny8' ), __( 'how to sell a house fast', 'igny8' ), __( 'home staging tips', 'igny8' ), __( 'best time to sell a house', 'igny8' ) ),
			array( 'renting', __( 'Renting', 'igny8' ), __( 'renting vs buying', 'igny8' ), __( 'tenant rights', 'igny8' ), __( 'how to find an apartment', 'igny8' ) ),
			array( 'mortgages', __( 'Mortgages', 'igny8' ), __( 'fixed vs variable mortgage', 'igny8' ), __( 'mortgage calculator', 'igny8' ), __( 'how to get a mortgage', 'igny8' ) ),
			array( 'property-investment', __( 'Property investment', 'igny8' ), __( 'buy to let tips', 'igny8' ), __( 'rental yield explained', 'igny8' ), __( 'real estate investing for beginners', 'igny8' ) ),
		),
	),
	'automotive'         => array(
		'name'    => __( 'Automotive', 'igny8' ),
		'sectors' => array(
			array( 'car-reviews', __( 'Car reviews', 'igny8' ), __( 'best family cars', 'igny8' ), __( 'most reliable cars', 'igny8' ), __( 'best small suv', 'igny8' ) ),
			array( 'car-maintenance', __( 'Car maintenance', 'igny8' ), __( 'how often to change oil', 'igny8' ), __( 'car maintenance checklist', 'igny8' ), __( 'how to check tyre pressure', 'igny8' ) ),
			array( 'electric-vehicles', __( 'Electric vehicles', 'igny8' ), __( 'electric car range', 'igny8' ), __( 'how to charge an electric car', 'igny8' ), __( 'best electric cars', 'igny8' ) ),
			array( 'car-buying', __( 'Car buying', 'igny8' ), __( 'new vs used car', 'igny8' ), __( 'how to negotiate car price', 'igny8' ), __( 'car leasing explained', 'igny8' ) ),
			array( 'motorcycles', __( 'Motorcycles', 'igny8' ), __( 'best beginner motorcycle', 'igny8' ), __( 'motorcycle safety gear', 'igny8' ), __( 'motorcycle maintenance', 'igny8' ) ),
		),
	),
	'fashion-beauty'     => array(
		'name'    => __( 'Fashion and beauty', 'igny8' ),
		'sectors' => array(
			array( 'clothing', __( 'Clothing', 'igny8' ), __( 'capsule wardrobe', 'igny8' ), __( 'what to wear to a wedding', 'igny8' ), __( 'sustainable fashion brands', 'igny8' ) ),
			array( 'skincare', __( 'Skincare', 'igny8' ), __( 'skincare routine for beginners', 'igny8' ), __( 'best moisturiser for dry skin', 'igny8' ), __( 'how to get rid of acne', 'igny8' ) ),
			array( 'makeup', __( 'Makeup', 'igny8' ), __( 'natural makeup look', 'igny8' ), __( 'best foundation for oily skin', 'igny8' ), __( 'makeup for beginners', 'igny8' ) ),
			array( 'hair-care', __( 'Hair care', 'igny8' ), __( 'how to stop hair loss', 'igny8' ), __( 'curly hair routine', 'igny8' ), __( 'best shampoo for dry hair', 'igny8' ) ),
			array( 'accessories', __( 'Accessories', 'igny8' ), __( 'how to choose a watch', 'igny8' ), __( 'jewellery trends', 'igny8' ), __( 'best handbags', 'igny8' ) ),
		),
	),
	'education'          => array(
		'name'    => __( 'Education', 'igny8' ),
		'sectors' => array(
			array( 'online-courses', __( 'Online courses', 'igny8' ), __( 'best online courses', 'igny8' ), __( 'free online courses with certificates', 'igny8' ), __( 'how to choose an online course', 'igny8' ) ),
			array( 'study-tips', __( 'Study tips', 'igny8' ), __( 'how to study effectively', 'igny8' ), __( 'exam preparation tips', 'igny8' ), __( 'note taking methods', 'igny8' ) ),
			array( 'language-learning', __( 'Language learning', 'igny8' ), __( 'fastest way to learn a language', 'igny8' ), __( 'best language learning apps', 'igny8' ), __( 'learn spanish for beginners', 'igny8' ) ),
			array( 'higher-education', __( 'Higher education', 'igny8' ), __( 'how to choose a university', 'igny8' ), __( 'scholarship applications', 'igny8' ), __( 'student loans explained', 'igny8' ) ),
			array( 'homeschooling', __( 'Homeschooling', 'igny8' ), __( 'how to start homeschooling', 'igny8' ), __( 'homeschool curriculum', 'igny8' ), __( 'homeschool schedule', 'igny8' ) ),
		),
	),
	'parenting'          => array(
		'name'    => __( 'Parenting and family', 'igny8' ),
		'sectors' => array(
			array( 'pregnancy', __( 'Pregnancy', 'igny8' ), __( 'early signs of pregnancy', 'igny8' ), __( 'pregnancy week by week', 'igny8' ), __( 'what to pack in a hospital bag', 'igny8' ) ),
			array( 'baby-care', __( 'Baby care', 'igny8' ), __( 'newborn sleep schedule', 'igny8' ), __( 'how to bathe a baby', 'igny8' ), __( 'baby feeding chart', 'igny8' ) ),
			array( 'toddlers', __( 'Toddlers', 'igny8' ), __( 'toddler tantrums', 'igny8' ), __( 'potty training tips', 'igny8' ), __( 'toddler activities at home', 'igny8' ) ),
			array( 'teenagers', __( 'Teenagers', 'igny8' ), __( 'how to talk to teenagers', 'igny8' ), __( 'screen time rules for teens', 'igny8' ), __( 'teen mental health', 'igny8' ) ),
			array( 'family-activities', __( 'Family activities', 'igny8' ), __( 'family day out ideas', 'igny8' ), __( 'board games for families', 'igny8' ), __( 'family holiday ideas', 'igny8' ) ),
		),
	),
	'pets'               => array(
		'name'    => __( 'Pets and animals', 'igny8' ),
		'sectors' => array(
			array( 'dogs', __( 'Dogs', 'igny8' ), __( 'best dog breeds for families', 'igny8' ), __( 'how to house train a puppy', 'igny8' ), __( 'dog food guide', 'igny8' ) ),
			array( 'cats', __( 'Cats', 'igny8' ), __( 'how to litter train a kitten', 'igny8' ), __( 'why does my cat scratch', 'igny8' ), __( 'indoor cat toys', 'igny8' ) ),
			array( 'pet-health', __( 'Pet health', 'igny8' ), __( 'pet vaccination schedule', 'igny8' ), __( 'signs your dog is sick', 'igny8' ), __( 'pet insurance explained', 'igny8' ) ),
			array( 'pet-training', __( 'Pet training', 'igny8' ), __( 'clicker training', 'igny8' ), __( 'how to stop a dog barking', 'igny8' ), __( 'leash training tips', 'igny8' ) ),
			array( 'small-pets', __( 'Small pets', 'igny8' ), __( 'rabbit care guide', 'igny8' ), __( 'hamster cage setup', 'igny8' ), __( 'guinea pig diet', 'igny8' ) ),
		),
	),
	'sports-outdoors'    => array(
		'name'    => __( 'Sports and outdoors', 'igny8' ),
		'sectors' => array(
			array( 'running', __( 'Running', 'igny8' ), __( 'couch to 5k', 'igny8' ), __( 'best running shoes', 'igny8' ), __( 'marathon training plan', 'igny8' ) ),
			array( 'cycling', __( 'Cycling', 'igny8' ), __( 'road bike vs hybrid bike', 'igny8' ), __( 'cycling for beginners', 'igny8' ), __( 'bike maintenance tips', 'igny8' ) ),
			array( 'hiking-camping', __( 'Hiking and camping', 'igny8' ), __( 'camping checklist', 'igny8' ), __( 'best hiking boots', 'igny8' ), __( 'how to pitch a tent', 'igny8' ) ),
			array( 'fishing', __( 'Fishing', 'igny8' ), __( 'fishing for beginners', 'igny8' ), __( 'best fishing knots', 'igny8' ), __( 'fly fishing tips', 'igny8' ) ),
			array( 'team-sports', __( 'Team sports', 'igny8' ), __( 'football training drills', 'igny8' ), __( 'basketball tips for beginners', 'igny8' ), __( 'how to coach a youth team', 'igny8' ) ),
		),
	),
	'legal'              => array(
		'name'    => __( 'Legal services', 'igny8' ),
		'sectors' => array(
			array( 'family-law', __( 'Family law', 'igny8' ), __( 'how to file for divorce', 'igny8' ), __( 'child custody explained', 'igny8' ), __( 'prenuptial agreement', 'igny8' ) ),
			array( 'personal-injury', __( 'Personal injury', 'igny8' ), __( 'personal injury claim process', 'igny8' ), __( 'car accident compensation', 'igny8' ), __( 'do I need a lawyer', 'igny8' ) ),
			array( 'business-law', __( 'Business law', 'igny8' ), __( 'how to register a company', 'igny8' ), __( 'contract template', 'igny8' ), __( 'trademark registration', 'igny8' ) ),
			array( 'immigration', __( 'Immigration', 'igny8' ), __( 'work visa requirements', 'igny8' ), __( 'how to apply for citizenship', 'igny8' ), __( 'family visa', 'igny8' ) ),
			array( 'estate-planning', __( 'Estate planning', 'igny8' ), __( 'how to write a will', 'igny8' ), __( 'power of attorney explained', 'igny8' ), __( 'what is probate', 'igny8' ) ),
		),
	),
	'marketing'          => array(
		'name'    => __( 'Marketing and advertising', 'igny8' ),
		'sectors' => array(
			array( 'seo', __( 'Search engine optimisation', 'igny8' ), __( 'seo for beginners', 'igny8' ), __( 'keyword research tips', 'igny8' ), __( 'how to build backlinks', 'igny8' ) ),
			array( 'content-marketing', __( 'Content marketing', 'igny8' ), __( 'content marketing strategy', 'igny8' ), __( 'how to write a blog post', 'igny8' ), __( 'content calendar template', 'igny8' ) ),
			array( 'social-media', __( 'Social media', 'igny8' ), __( 'instagram marketing tips', 'igny8' ), __( 'best time to post on social media', 'igny8' ), __( 'social media strategy', 'igny8' ) ),
			array( 'email-marketing', __( 'Email marketing', 'igny8' ), __( 'email marketing best practices', 'igny8' ), __( 'how to build an email list', 'igny8' ), __( 'newsletter ideas', 'igny8' ) ),
			array( 'paid-advertising', __( 'Paid advertising', 'igny8' ), __( 'google ads for beginners', 'igny8' ), __( 'facebook ads cost', 'igny8' ), __( 'ppc management', 'igny8' ) ),
		),
	),
	'ecommerce'          => array(
		'name'    => __( 'E-commerce and retail', 'igny8' ),
		'sectors' => array(
			array( 'online-store', __( 'Online store', 'igny8' ), __( 'how to start an online store', 'igny8' ), __( 'best ecommerce platform', 'igny8' ), __( 'product page optimisation', 'igny8' ) ),
			array( 'product-sourcing', __( 'Product sourcing', 'igny8' ), __( 'how to find suppliers', 'igny8' ), __( 'private label products', 'igny8' ), __( 'wholesale buying tips', 'igny8' ) ),
			array( 'dropshipping', __( 'Dropshipping', 'igny8' ), __( 'what is dropshipping', 'igny8' ), __( 'dropshipping suppliers', 'igny8' ), __( 'is dropshipping profitable', 'igny8' ) ),
			array( 'marketplaces', __( 'Marketplaces', 'igny8' ), __( 'selling on amazon', 'igny8' ), __( 'etsy shop tips', 'igny8' ), __( 'marketplace fees compared', 'igny8' ) ),
			array( 'customer-service', __( 'Customer service', 'igny8' ), __( 'how to handle returns', 'igny8' ), __( 'customer service tips', 'igny8' ), __( 'live chat for websites', 'igny8' ) ),
		),
	),
	'business-software'  => array(
		'name'    => __( 'Business software', 'igny8' ),
		'sectors' => array(
			array( 'project-management', __( 'Project management', 'igny8' ), __( 'best project management software', 'igny8' ), __( 'agile vs waterfall', 'igny8' ), __( 'gantt chart template', 'igny8' ) ),
			array( 'crm', __( 'Customer relationship management', 'igny8' ), __( 'what is a crm', 'igny8' ), __( 'best crm for small business', 'igny8' ), __( 'crm implementation', 'igny8' ) ),
			array( 'accounting-software', __( 'Accounting software', 'igny8' ), __( 'best accounting software', 'igny8' ), __( 'invoicing software', 'igny8' ), __( 'bookkeeping for small business', 'igny8' ) ),
			array( 'collaboration', __( 'Collaboration tools', 'igny8' ), __( 'best team chat apps', 'igny8' ), __( 'remote collaboration tools', 'igny8' ), __( 'video conferencing software', 'igny8' ) ),
			array( 'developer-tools', __( 'Developer tools', 'igny8' ), __( 'best code editors', 'igny8' ), __( 'continuous integration explained', 'igny8' ), __( 'api documentation tools', 'igny8' ) ),
		),
	),
	'healthcare'         => array(
		'name'    => __( 'Healthcare providers', 'igny8' ),
		'sectors' => array(
			array( 'dentistry', __( 'Dentistry', 'igny8' ), __( 'teeth whitening options', 'igny8' ), __( 'dental implants cost', 'igny8' ), __( 'how often to see a dentist', 'igny8' ) ),
			array( 'dermatology', __( 'Dermatology', 'igny8' ), __( 'eczema treatment', 'igny8' ), __( 'when to see a dermatologist', 'igny8' ), __( 'mole check', 'igny8' ) ),
			array( 'physiotherapy', __( 'Physiotherapy', 'igny8' ), __( 'lower back pain exercises', 'igny8' ), __( 'sports injury recovery', 'igny8' ), __( 'what does a physiotherapist do', 'igny8' ) ),
			array( 'eye-care', __( 'Eye care', 'igny8' ), __( 'how often to get an eye test', 'igny8' ), __( 'contact lenses vs glasses', 'igny8' ), __( 'blue light glasses', 'igny8' ) ),
			array( 'medical-clinics', __( 'Medical clinics', 'igny8' ), __( 'walk in clinic near me', 'igny8' ), __( 'how to choose a doctor', 'igny8' ), __( 'telehealth appointments', 'igny8' ) ),
		),
	),
	'home-services'      => array(
		'name'    => __( 'Construction and home services', 'igny8' ),
		'sectors' => array(
			array( 'plumbing', __( 'Plumbing', 'igny8' ), __( 'how to unclog a drain', 'igny8' ), __( 'boiler repair', 'igny8' ), __( 'water heater replacement cost', 'igny8' ) ),
			array( 'electrical', __( 'Electrical', 'igny8' ), __( 'how to hire an electrician', 'igny8' ), __( 'rewiring a house cost', 'igny8' ), __( 'ev charger installation', 'igny8' ) ),
			array( 'roofing', __( 'Roofing', 'igny8' ), __( 'roof repair cost', 'igny8' ), __( 'signs you need a new roof', 'igny8' ), __( 'best roofing materials', 'igny8' ) ),
			array( 'heating-cooling', __( 'Heating and cooling', 'igny8' ), __( 'heat pump vs furnace', 'igny8' ), __( 'air conditioner maintenance', 'igny8' ), __( 'how to lower heating bills', 'igny8' ) ),
			array( 'landscaping', __( 'Landscaping', 'igny8' ), __( 'garden design ideas', 'igny8' ), __( 'patio installation cost', 'igny8' ), __( 'low maintenance landscaping', 'igny8' ) ),
		),
	),
	'arts-entertainment' => array(
		'name'    => __( 'Arts and entertainment', 'igny8' ),
		'sectors' => array(
			array( 'movies-tv', __( 'Movies and TV', 'igny8' ), __( 'best movies of the year', 'igny8' ), __( 'tv series to watch', 'igny8' ), __( 'streaming services compared', 'igny8' ) ),
			array( 'music', __( 'Music', 'igny8' ), __( 'how to learn guitar', 'igny8' ), __( 'best music production software', 'igny8' ), __( 'music theory for beginners', 'igny8' ) ),
			array( 'books', __( 'Books', 'igny8' ), __( 'best books to read', 'igny8' ), __( 'book club ideas', 'igny8' ), __( 'how to write a novel', 'igny8' ) ),
			array( 'gaming', __( 'Gaming', 'igny8' ), __( 'best video games', 'igny8' ), __( 'gaming pc build', 'igny8' ), __( 'board game recommendations', 'igny8' ) ),
			array( 'photography', __( 'Photography', 'igny8' ), __( 'photography tips for beginners', 'igny8' ), __( 'best camera for beginners', 'igny8' ), __( 'how to edit photos', 'igny8' ) ),
		),
	),
	'weddings-events'    => array(
		'name'    => __( 'Weddings and events', 'igny8' ),
		'sectors' => array(
			array( 'wedding-planning', __( 'Wedding planning', 'igny8' ), __( 'wedding planning checklist', 'igny8' ), __( 'wedding budget breakdown', 'igny8' ), __( 'how to choose a wedding date', 'igny8' ) ),
			array( 'venues', __( 'Venues', 'igny8' ), __( 'outdoor wedding venues', 'igny8' ), __( 'how to choose a venue', 'igny8' ), __( 'venue hire cost', 'igny8' ) ),
			array( 'wedding-fashion', __( 'Wedding fashion', 'igny8' ), __( 'wedding dress styles', 'igny8' ), __( 'groom suit ideas', 'igny8' ), __( 'bridesmaid dresses', 'igny8' ) ),
			array( 'event-planning', __( 'Event planning', 'igny8' ), __( 'corporate event ideas', 'igny8' ), __( 'event planning checklist', 'igny8' ), __( 'how to plan a conference', 'igny8' ) ),
			array( 'parties', __( 'Parties', 'igny8' ), __( 'birthday party ideas', 'igny8' ), __( 'party food ideas', 'igny8' ), __( 'party games for adults', 'igny8' ) ),
		),
	),
	'agriculture'        => array(
		'name'    => __( 'Agriculture and farming', 'igny8' ),
		'sectors' => array(
			array( 'crop-farming', __( 'Crop farming', 'igny8' ), __( 'crop rotation', 'igny8' ), __( 'how to improve soil fertility', 'igny8' ), __( 'irrigation methods', 'igny8' ) ),
			array( 'livestock', __( 'Livestock', 'igny8' ), __( 'raising chickens', 'igny8' ), __( 'cattle feeding guide', 'igny8' ), __( 'sheep farming for beginners', 'igny8' ) ),
			array( 'organic-farming', __( 'Organic farming', 'igny8' ), __( 'organic certification', 'igny8' ), __( 'natural pest control', 'igny8' ), __( 'composting at scale', 'igny8' ) ),
			array( 'farm-equipment', __( 'Farm equipment', 'igny8' ), __( 'best compact tractor', 'igny8' ), __( 'farm machinery maintenance', 'igny8' ), __( 'used farm equipment', 'igny8' ) ),
			array( 'beekeeping', __( 'Beekeeping', 'igny8' ), __( 'beekeeping for beginners', 'igny8' ), __( 'how to harvest honey', 'igny8' ), __( 'beehive types', 'igny8' ) ),
		),
	),
	'sustainability'     => array(
		'name'    => __( 'Energy and sustainability', 'igny8' ),
		'sectors' => array(
			array( 'solar-power', __( 'Solar power', 'igny8' ), __( 'solar panel cost', 'igny8' ), __( 'how do solar panels work', 'igny8' ), __( 'home battery storage', 'igny8' ) ),
			array( 'energy-efficiency', __( 'Energy efficiency', 'igny8' ), __( 'how to save energy at home', 'igny8' ), __( 'home insulation types', 'igny8' ), __( 'energy efficient appliances', 'igny8' ) ),
			array( 'zero-waste', __( 'Zero waste', 'igny8' ), __( 'zero waste tips', 'igny8' ), __( 'plastic free alternatives', 'igny8' ), __( 'how to start composting', 'igny8' ) ),
			array( 'recycling', __( 'Recycling', 'igny8' ), __( 'what can be recycled', 'igny8' ), __( 'how to recycle electronics', 'igny8' ), __( 'recycling symbols explained', 'igny8' ) ),
			array( 'climate-action', __( 'Climate action', 'igny8' ), __( 'how to reduce your carbon footprint', 'igny8' ), __( 'carbon offsetting explained', 'igny8' ), __( 'sustainable living tips', 'igny8' ) ),
		),
	),
	'nonprofit'          => array(
		'name'    => __( 'Nonprofits and charities', 'igny8' ),
		'sectors' => array(
			array( 'fundraising', __( 'Fundraising', 'igny8' ), __( 'fundraising ideas', 'igny8' ), __( 'online donation platforms', 'igny8' ), __( 'how to run a charity event', 'igny8' ) ),
			array( 'volunteering', __( 'Volunteering', 'igny8' ), __( 'volunteer opportunities', 'igny8' ), __( 'how to recruit volunteers', 'igny8' ), __( 'benefits of volunteering', 'igny8' ) ),
			array( 'grant-writing', __( 'Grant writing', 'igny8' ), __( 'how to write a grant proposal', 'igny8' ), __( 'grant funding sources', 'igny8' ), __( 'grant application tips', 'igny8' ) ),
			array( 'donor-relations', __( 'Donor relations', 'igny8' ), __( 'donor retention strategies', 'igny8' ), __( 'thank you letter for donation', 'igny8' ), __( 'major gift fundraising', 'igny8' ) ),
			array( 'community-outreach', __( 'Community outreach', 'igny8' ), __( 'community outreach ideas', 'igny8' ), __( 'how to partner with local businesses', 'igny8' ), __( 'awareness campaign ideas', 'igny8' ) ),
		),
	),
	'crafts-hobbies'     => array(
		'name'    => __( 'Crafts and hobbies', 'igny8' ),
		'sectors' => array(
			array( 'knitting', __( 'Knitting and crochet', 'igny8' ), __( 'knitting for beginners', 'igny8' ), __( 'easy crochet patterns', 'igny8' ), __( 'how to cast on', 'igny8' ) ),
			array( 'woodworking', __( 'Woodworking', 'igny8' ), __( 'woodworking tools for beginners', 'igny8' ), __( 'how to make a cutting board', 'igny8' ), __( 'wood finishing techniques', 'igny8' ) ),
			array( 'sewing', __( 'Sewing', 'igny8' ), __( 'how to use a sewing machine', 'igny8' ), __( 'easy sewing projects', 'igny8' ), __( 'how to hem trousers', 'igny8' ) ),
			array( 'painting-drawing', __( 'Painting and drawing', 'igny8' ), __( 'watercolour painting for beginners', 'igny8' ), __( 'how to draw faces', 'igny8' ), __( 'acrylic painting techniques', 'igny8' ) ),
			array( 'collecting', __( 'Collecting', 'igny8' ), __( 'how to start a coin collection', 'igny8' ), __( 'vintage toy values', 'igny8' ), __( 'how to store collectibles', 'igny8' ) ),
		),
	),
	'careers-business'   => array(
		'name'    => __( 'Careers and small business', 'igny8' ),
		'sectors' => array(
			array( 'job-search', __( 'Job search', 'igny8' ), __( 'how to write a cv', 'igny8' ), __( 'job interview questions', 'igny8' ), __( 'how to negotiate salary', 'igny8' ) ),
			array( 'entrepreneurship', __( 'Entrepreneurship', 'igny8' ), __( 'how to start a business', 'igny8' ), __( 'business plan template', 'igny8' ), __( 'small business ideas', 'igny8' ) ),
			array( 'remote-work', __( 'Remote work', 'igny8' ), __( 'remote work tips', 'igny8' ), __( 'home office setup', 'igny8' ), __( 'best remote jobs', 'igny8' ) ),
			array( 'leadership', __( 'Leadership', 'igny8' ), __( 'leadership skills', 'igny8' ), __( 'how to manage a team', 'igny8' ), __( 'how to give feedback', 'igny8' ) ),
			array( 'productivity', __( 'Productivity', 'igny8' ), __( 'time management techniques', 'igny8' ), __( 'how to stop procrastinating', 'igny8' ), __( 'pomodoro technique', 'igny8' ) ),
		),
	),
	'insurance'          => array(
		'name'    => __( 'Insurance', 'igny8' ),
		'sectors' => array(
			array( 'car-insurance', __( 'Car insurance', 'igny8' ), __( 'how to lower car insurance', 'igny8' ), __( 'comprehensive vs third party', 'igny8' ), __( 'car insurance for new drivers', 'igny8' ) ),
			array( 'home-insurance', __( 'Home insurance', 'igny8' ), __( 'what does home insurance cover', 'igny8' ), __( 'buildings vs contents insurance', 'igny8' ), __( 'how to make a home insurance claim', 'igny8' ) ),
			array( 'life-insurance', __( 'Life insurance', 'igny8' ), __( 'term vs whole life insurance', 'igny8' ), __( 'how much life insurance do I need', 'igny8' ), __( 'life insurance for seniors', 'igny8' ) ),
			array( 'health-insurance', __( 'Health insurance', 'igny8' ), __( 'how health insurance works', 'igny8' ), __( 'private health insurance cost', 'igny8' ), __( 'health insurance for self employed', 'igny8' ) ),
			array( 'travel-insurance', __( 'Travel insurance', 'igny8' ), __( 'do I need travel insurance', 'igny8' ), __( 'annual travel insurance', 'igny8' ), __( 'travel insurance for pre existing conditions', 'igny8' ) ),
		),
	),
);
