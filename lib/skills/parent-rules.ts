// Broad skills that any member of a group shows. A resume that names PostgreSQL has worked with databases, one that
// names React has done front-end development: a posting that asks for "Databases" or "Front-End Development" must
// not report them missing. Rules name a category (every database product) or a list of members; together with each
// skill's own `implies` they make the implication graph.

export interface ParentRule {
  parents: readonly string[];
  /** Every skill of these taxonomy categories, less `except`. */
  categories?: readonly string[];
  members?: readonly string[];
  except?: readonly string[];
}

const FRONT_END_FRAMEWORKS = [
  'React', 'Angular', 'AngularJS', 'Vue.js', 'Svelte', 'Next.js', 'Nuxt.js', 'Gatsby', 'Ember.js', 'Backbone.js', 'jQuery',
  'Redux', 'Tailwind CSS', 'Bootstrap', 'Sass', 'Material UI', 'Preact', 'SolidJS', 'Alpine.js', 'Remix', 'Astro', 'HTML',
  'CSS',
];
const BACK_END_FRAMEWORKS = [
  'Django', 'Flask', 'FastAPI', 'Express', 'NestJS', 'Spring Boot', 'Ruby on Rails', 'Laravel', 'Symfony', 'ASP.NET', 'Node.js',
  'Gin Gonic', 'Koa', 'Hapi', 'Fastify', 'Quarkus', 'Micronaut', 'Dropwizard', 'Sinatra', 'CakePHP', 'CodeIgniter', 'Yii',
  'Zend Framework', 'Actix', 'Django REST Framework',
];
const API_STYLES = [
  'REST APIs', 'GraphQL', 'gRPC', 'SOAP Web Services', 'OData', 'OpenAPI', 'Postman', 'Apollo GraphQL', 'tRPC',
  'Amazon API Gateway', 'Apigee', 'Web Services', 'JAX-RS',
];
const SCRIPTING_LANGUAGES = ['Python', 'Bash', 'PowerShell', 'Perl', 'Ruby', 'Lua', 'Groovy', 'VBA', 'Korn Shell', 'Zsh', 'Awk', 'Sed'];
const ML_FRAMEWORKS = [
  'TensorFlow', 'Keras', 'PyTorch', 'PyTorch Lightning', 'JAX', 'MXNet', 'Caffe', 'Theano', 'scikit-learn', 'XGBoost',
  'LightGBM', 'CatBoost', 'Hugging Face', 'Spark MLlib', 'Amazon SageMaker', 'Vertex AI', 'Azure Machine Learning',
  'Detectron2',
];
const ML_PLATFORMS = ['MLflow', 'Kubeflow', 'Weights & Biases', 'DVC', 'Neptune.ai', 'Comet ML', 'ClearML', 'Metaflow', 'ZenML'];
const PIPELINE_TOOLS = [
  'Apache Airflow', 'dbt', 'Apache Spark', 'Apache Beam', 'Apache Flink', 'Apache NiFi', 'Dagster', 'Prefect', 'Luigi',
  'Databricks', 'AWS Glue', 'Azure Data Factory', 'Dataflow', 'Cloud Composer', 'Oozie',
];
const ETL_TOOLS = ['Fivetran', 'Airbyte', 'Stitch Data', 'Meltano', 'Talend', 'Informatica', 'SSIS', 'Pentaho', 'DataStage'];
const SQL_DATABASES = [
  'PostgreSQL', 'MySQL', 'Microsoft SQL Server', 'Oracle Database', 'SQLite', 'MariaDB', 'T-SQL', 'PL/SQL', 'Snowflake',
  'BigQuery', 'Amazon Redshift', 'Teradata', 'IBM Db2', 'CockroachDB', 'Cloud SQL', 'Azure SQL Database', 'Amazon Aurora',
  'Amazon RDS', 'Sybase', 'Informix', 'Cloud Spanner', 'ClickHouse', 'TimescaleDB',
];
const NOSQL_DATABASES = [
  'MongoDB', 'Cassandra', 'DynamoDB', 'Couchbase', 'CouchDB', 'Redis', 'HBase', 'Azure Cosmos DB', 'Neo4j', 'ScyllaDB',
  'Bigtable', 'ArangoDB', 'Aerospike', 'Amazon Neptune', 'InfluxDB',
];
const WAREHOUSES = ['Snowflake', 'BigQuery', 'Amazon Redshift', 'Teradata', 'Azure Synapse Analytics', 'Databricks'];
const BIG_DATA = ['Hadoop', 'Apache Spark', 'Apache Hive', 'Apache Flink', 'Amazon EMR', 'Databricks', 'HBase', 'Dataproc'];
const VCS_HOSTS = ['GitHub', 'GitLab', 'Bitbucket', 'Gerrit'];
const CONTAINER_TOOLS = [
  'Docker', 'Kubernetes', 'OpenShift', 'Podman', 'Amazon ECS', 'Amazon EKS', 'Google Kubernetes Engine',
  'Azure Kubernetes Service', 'Helm', 'Rancher', 'Google Cloud Run', 'Amazon ECR',
];
const LINUX_DISTRIBUTIONS = [
  'Ubuntu', 'Debian', 'CentOS', 'Red Hat Enterprise Linux', 'Fedora', 'SUSE Linux', 'Kali Linux', 'Alpine Linux', 'Arch Linux',
  'Linux Networking', 'Linux Performance Tools',
];
const MESSAGE_BROKERS = [
  'Apache Kafka', 'RabbitMQ', 'ActiveMQ', 'Amazon SQS', 'Google Pub/Sub', 'Azure Service Bus', 'NATS', 'ZeroMQ', 'IBM MQ',
  'Apache Pulsar', 'Amazon MSK', 'JMS', 'AMQP', 'Amazon Kinesis', 'Azure Event Hubs',
];
const CACHES = ['Redis', 'Memcached', 'Amazon ElastiCache', 'Hazelcast'];
const UNIT_TEST_FRAMEWORKS = [
  'Jest', 'JUnit', 'pytest', 'Mocha', 'Jasmine', 'NUnit', 'xUnit', 'RSpec', 'PHPUnit', 'Vitest', 'unittest', 'TestNG',
  'Google Test', 'XCTest', 'MSTest', 'React Testing Library',
];
const E2E_TEST_TOOLS = ['Cypress', 'Playwright', 'Selenium', 'Puppeteer', 'WebdriverIO', 'TestCafe', 'Protractor'];
const IAC_TOOLS = ['Terraform', 'AWS CloudFormation', 'Pulumi', 'AWS CDK'];
const CONFIG_MANAGEMENT = ['Ansible', 'Chef', 'Puppet', 'SaltStack'];
const CI_SERVERS = [
  'Jenkins', 'GitHub Actions', 'GitLab CI', 'CircleCI', 'Travis CI', 'Bamboo', 'TeamCity', 'Argo CD', 'Buildkite', 'Drone CI',
  'Concourse CI', 'Spinnaker', 'Tekton', 'AWS CodePipeline',
];
const MONITORING = [
  'Prometheus', 'Grafana', 'Datadog', 'New Relic', 'Dynatrace', 'Splunk', 'ELK Stack', 'Amazon CloudWatch', 'Nagios', 'Zabbix',
  'OpenTelemetry', 'Jaeger', 'AppDynamics',
];
const BI_TOOLS = [
  'Tableau', 'Power BI', 'Looker', 'Qlik', 'Apache Superset', 'Metabase', 'Cognos', 'MicroStrategy', 'SSRS', 'Sisense',
  'Spotfire', 'Domo',
];
const ERP_SYSTEMS = ['SAP', 'NetSuite', 'Microsoft Dynamics NAV', 'Odoo', 'Epicor', 'Infor', 'JD Edwards'];
const ACCOUNTING_SOFTWARE = ['QuickBooks', 'Xero', 'FreshBooks', 'Sage', 'Tally', 'Peachtree', 'MAS 90', 'NetSuite'];
const EHR_SYSTEMS = ['Epic Systems', 'Cerner', 'Meditech', 'Allscripts', 'athenahealth', 'eClinicalWorks', 'PointClickCare'];
const OFFICE_APPS = ['Microsoft Excel', 'Microsoft Word', 'Microsoft PowerPoint', 'Microsoft Outlook', 'Microsoft Access'];

export const PARENT_RULES: readonly ParentRule[] = [
  { parents: ['Databases'], categories: ['database'] },
  { parents: ['SQL', 'Relational Databases'], members: SQL_DATABASES },
  { parents: ['NoSQL'], members: NOSQL_DATABASES },
  { parents: ['Data Warehousing'], members: WAREHOUSES },
  { parents: ['Big Data'], members: BIG_DATA },
  { parents: ['Cloud Computing'], categories: ['cloud'], except: ['SaaS', 'CDN', 'Looker', 'Akamai', 'Cloudflare'] },
  { parents: ['Front-End Development'], members: FRONT_END_FRAMEWORKS },
  { parents: ['Back-End Development', 'APIs'], members: BACK_END_FRAMEWORKS },
  { parents: ['APIs'], members: API_STYLES },
  { parents: ['Scripting'], members: SCRIPTING_LANGUAGES },
  { parents: ['Machine Learning', 'Model Training'], members: ML_FRAMEWORKS },
  { parents: ['Model Training'], members: ['Deep Learning', 'Supervised Learning', 'LLM Fine-Tuning', 'Distributed Training', 'Hyperparameter Tuning'] },
  { parents: ['Machine Learning'], members: ML_PLATFORMS },
  { parents: ['Experiment Tracking'], members: ['MLflow', 'Weights & Biases', 'Neptune.ai', 'Comet ML', 'ClearML'] },
  { parents: ['Data Pipelines', 'ETL'], members: PIPELINE_TOOLS },
  { parents: ['Data Pipelines'], members: [...ETL_TOOLS, 'ETL'] },
  { parents: ['Version Control', 'Git'], members: VCS_HOSTS },
  { parents: ['Containerization'], members: CONTAINER_TOOLS },
  { parents: ['Linux'], members: LINUX_DISTRIBUTIONS },
  // Naming Linux on a resume is taken as running it; a posting's "Linux administration" must not read as a gap.
  { parents: ['Linux System Administration'], members: ['Linux'] },
  { parents: ['Message Queues'], members: MESSAGE_BROKERS },
  { parents: ['Caching'], members: CACHES },
  { parents: ['Unit Testing'], members: UNIT_TEST_FRAMEWORKS },
  { parents: ['End-to-End Testing'], members: E2E_TEST_TOOLS },
  { parents: ['Test Automation'], members: [...UNIT_TEST_FRAMEWORKS, ...E2E_TEST_TOOLS] },
  { parents: ['Infrastructure as Code'], members: IAC_TOOLS },
  { parents: ['Configuration Management'], members: CONFIG_MANAGEMENT },
  { parents: ['CI/CD'], members: CI_SERVERS },
  { parents: ['Observability'], members: MONITORING },
  { parents: ['Data Visualization', 'Business Intelligence'], members: BI_TOOLS },
  { parents: ['Data Visualization'], members: ['Matplotlib', 'Seaborn', 'Plotly', 'D3.js'] },
  { parents: ['Spreadsheets'], members: ['Microsoft Excel', 'Google Sheets'] },
  { parents: ['Microsoft Office'], members: OFFICE_APPS },
  { parents: ['ERP'], members: ERP_SYSTEMS },
  { parents: ['Accounting', 'Bookkeeping'], members: ACCOUNTING_SOFTWARE },
  { parents: ['Electronic Health Records'], members: EHR_SYSTEMS },
  { parents: ['Nursing', 'Patient Care'], members: ['Registered Nurse', 'Licensed Practical Nurse', 'Nurse Practitioner', 'Certified Nursing Assistant'] },
  { parents: ['Object-Oriented Programming'], members: ['Java', 'C#', 'C++', 'Kotlin', 'Scala', 'Swift', 'Objective-C'] },
  { parents: ['iOS'], members: ['Swift', 'SwiftUI', 'UIKit', 'Objective-C', 'Xcode'] },
  { parents: ['Android'], members: ['Android Jetpack', 'Android Studio'] },
  { parents: ['Mobile Development'], members: ['iOS', 'Android', 'React Native', 'Flutter', 'Xamarin', 'Ionic'] },
  { parents: ['Statistics'], members: ['R', 'SAS', 'SPSS', 'Stata', 'statsmodels'] },
  { parents: ['Algorithms'], members: ['Data Structures', 'Computer Science'] },
  { parents: ['Data Structures'], members: ['Computer Science'] },
];
