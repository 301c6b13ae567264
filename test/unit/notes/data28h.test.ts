/**
 * Session 28, helper H (issue 14 item 2): central yes/no behaviours of the container, file-storage and hybrid
 * networking entries (ECS, Fargate, EKS, FSx, Direct Connect, Site-to-Site VPN, Transit Gateway, Global
 * Accelerator) taken from their "what is / how it works / encryption" pages. Every line was written for these
 * tests in a student's note style: wrong lines must be flagged by exactly the named fact, right ones by nothing.
 */
import { describeFlagCases, type RightCase, type WrongCase } from './assertCases';

const WRONG: WrongCase[] = [
  // ECS
  ['With Amazon ECS you still have to operate your own cluster management software', 'ecs.cluster-management.aws-run'],
  ['ECS cannot run tasks on on-premises servers', 'ecs.external-instances.on-premises'],
  ['An ECS cluster spans multiple Regions', 'ecs.cluster.regional'],
  ['ECS has no default cluster, you always create one first', 'ecs.cluster.default-cluster'],
  ['All container instances in an ECS cluster must be the same instance type', 'ecs.cluster.mixed-instance-types'],
  // Fargate
  ['With Fargate you still manage the underlying EC2 instances', 'fargate.servers.not-managed'],
  ['AWS Fargate: you must choose the instance type for each task', 'fargate.servers.not-managed'],
  ['Fargate Spot is a separate launch type, set launchType to FARGATE_SPOT', 'fargate.spot.not-launch-type'],
  // EKS
  ['With EKS you have to operate the Kubernetes control plane yourself', 'eks.control-plane.aws-managed'],
  ['Unhealthy EKS control plane nodes are not replaced automatically', 'eks.control-plane.auto-replace'],
  ['The EKS control plane runs inside your own VPC', 'eks.control-plane.eks-vpc'],
  ['Amazon EKS runs only in the AWS cloud', 'eks.on-premises.support'],
  ['EKS managed node groups do not drain nodes during updates', 'eks.managed-node-groups.auto-drain'],
  ['A managed node group is limited to a single AZ', 'eks.managed-node-groups.multi-az'],
  ['EKS cluster upgrades can skip minor versions', 'eks.upgrade.one-minor-version'],
  ['An EKS cluster upgrade can be paused halfway through', 'eks.upgrade.no-pause'],
  ['With EKS managed node groups you must register the EC2 instances yourself', 'eks.managed-node-groups.no-manual-registration'],
  ['Deleting a managed node group: EKS waits 15 minutes for each node to drain before forcing termination', 'eks.managed-node-group.delete-drain-timeout'],
  // FSx
  ['FSx for Lustre does not support encryption in transit', 'fsx.lustre.encryption-in-transit'],
  ['A scratch file system on FSx for Lustre can be encrypted with a customer managed KMS key', 'fsx.lustre.scratch-fsx-managed-key'],
  ['FSx for OpenZFS data is not encrypted at rest by default', 'fsx.openzfs.encryption-at-rest'],
  ['MULTI_AZ_1 FSx for Windows can be deployed in any Region', 'fsx.windows.multi-az-three-az-regions'],
  // Direct Connect, Site-to-Site VPN
  ['Direct Connect traffic travels over the public internet', 'direct-connect.path.bypasses-internet'],
  ['A Direct Connect connection only reaches the Region of its location', 'direct-connect.connection.all-regions'],
  ['Deleting the Direct Connect connection stops all charges, cross-connect included', 'direct-connect.delete.cross-connect-charges'],
  ['Direct Connect: you only pay for data transfer', 'direct-connect.billing.port-hours'],
  ['VPN: changing the target gateway from a VGW to a transit gateway happens without downtime', 'site-to-site-vpn.modify-target.both-tunnels-down'],
  // Global Accelerator
  ['Global Accelerator failover is delayed by DNS caching', 'global-accelerator.routing.no-dns-ttl'],
  ['Global Accelerator does not run health checks on its endpoints', 'global-accelerator.health-checks.automatic'],
  ['Global Accelerator sends traffic over the public internet to the endpoint', 'global-accelerator.routing.aws-global-network'],
  ['A custom routing accelerator supports Network Load Balancers as endpoints', 'global-accelerator.custom-routing.subnet-endpoints'],
  ['In a custom routing accelerator, subnet destinations receive traffic by default', 'global-accelerator.custom-routing.traffic-denied-default'],
  // Transit Gateway
  ['Inter-Region transit gateway peering traffic is sent unencrypted', 'transit-gateway.peering.inter-region-encryption'],
  ['A transit gateway attachment can only be deleted by the transit gateway owner', 'transit-gateway.sharing.either-account-deletes'],
  ['A transit gateway routes traffic at layer 7', 'transit-gateway.routing.layer3'],
  ['A transit gateway has a fixed capacity', 'transit-gateway.scaling.elastic'],
];

const RIGHT: (RightCase | string)[] = [
  // ECS
  'With ECS there is no cluster management software of your own to operate',
  'With self-managed Kubernetes on EC2 you operate your own control plane',
  'ECS Anywhere lets ECS run tasks on on-premises servers as external instances',
  'Fargate tasks cannot run on on-premises servers',
  'An ECS cluster is a Regional grouping of capacity',
  'An ECS cluster spreads tasks across multiple AZs',
  'Each account gets a default ECS cluster on first use',
  'An ECS cluster can mix several instance types at once',
  'A cluster placement group keeps instances in one AZ',
  // Fargate
  'With Fargate you never manage EC2 instances',
  'With the EC2 launch type you manage the EC2 instances yourself',
  'Does Fargate make you choose the instance type?',
  'Fargate Spot is used through a capacity provider strategy, not a launch type',
  'The FARGATE launch type runs tasks on Fargate On-Demand capacity',
  'Fargate Spot tasks get a two-minute warning before interruption',
  // EKS
  'EKS takes care of the control plane; you do not operate it yourself',
  'With EKS Anywhere you operate the control plane yourself',
  'EKS is certified Kubernetes conformant, so upstream manifests work unchanged',
  'Is EKS a fork of Kubernetes? No',
  'EKS replaces unhealthy control plane nodes automatically',
  'The EKS control plane runs in an EKS-managed VPC, not in your VPC',
  'EKS places cross-account ENIs for the control plane in your VPC subnets',
  'Amazon EKS can run Kubernetes on-premises with hybrid nodes',
  'ECS runs only in AWS unless you use ECS Anywhere',
  'Managed node groups drain nodes automatically before terminating them',
  'Self-managed node groups do not drain nodes automatically',
  'A managed node group spans the AZs of the subnets you choose',
  'An EKS Fargate profile picks private subnets only',
  'After an in-place upgrade you can roll an EKS cluster back to the previous minor version within 7 days',
  'EKS control plane upgrades go one minor version at a time',
  'A failed EKS upgrade is reverted and the cluster stays on the prior version',
  'An RDS major version upgrade can skip versions',
  'Managed node groups can be updated to the cluster version later',
  'Self-managed nodes have to be registered with the cluster yourself',
  'Managed node groups create and register the EC2 instances for you',
  'Deleting a managed node group: EKS waits 5 minutes for each node to drain before forcing termination',
  // FSx
  'FSx for Lustre encrypts data in transit automatically from supported EC2 instances',
  'FSx for Windows File Server uses SMB encryption in transit',
  'Scratch file systems are encrypted with keys managed by Amazon FSx',
  'A persistent file system on FSx for Lustre can be encrypted with a customer managed KMS key',
  'FSx for OpenZFS encrypts data at rest automatically',
  'FSx for OpenZFS Quick create uses the AWS managed key for encryption at rest',
  'Multi-AZ FSx for Windows needs a Region with at least three AZs',
  'FSx for Windows Single-AZ file systems are available in any Region that offers FSx',
  // Direct Connect, Site-to-Site VPN
  'Direct Connect is a dedicated connection that bypasses the internet',
  'A Site-to-Site VPN runs over the public internet',
  'A Direct Connect connection can reach all AWS Regions except China',
  'A private VIF reaches a VPC in one Region only through a virtual private gateway',
  'Deleting a Direct Connect connection stops the port-hour charges, not the cross-connect ones',
  'Direct Connect bills port hours plus data transfer out',
  'A Site-to-Site VPN connection fails over automatically to the second tunnel',
  'Client VPN needs manual failover?',
  'VPN: changing the target gateway takes both tunnels down while new endpoints are provisioned',
  'A transit gateway attachment can be added without downtime for the VPC',
  'A Site-to-Site VPN connection can use static routes when the device has no BGP',
  'Site-to-Site VPN with static routing does not support ECMP on a transit gateway',
  'Direct Connect requires BGP on every virtual interface',
  // Global Accelerator
  'Global Accelerator static IPs are anycast from the AWS edge network',
  'Route 53 failover is delayed by DNS caching, Global Accelerator is not',
  'Global Accelerator does not depend on DNS TTL to fail over',
  'Global Accelerator fails open: with no healthy endpoint it routes to all endpoints',
  'Global Accelerator health checks endpoints automatically every 30 seconds',
  'Global Accelerator moves traffic onto the AWS global network at the nearest edge location',
  'Without Global Accelerator, traffic crosses the public internet to the Region',
  ['Unicast: one server holds one IP address', ['Global Accelerator']],
  'A custom routing accelerator only routes to EC2 instances in VPC subnets',
  'A standard accelerator supports Application Load Balancers as endpoints',
  'Custom routing destinations are blocked by default until you allow traffic',
  // Transit Gateway
  'Inter-Region transit gateway peering traffic is encrypted with AES-256',
  'Traffic between a transit gateway and its instances is not encrypted at the network layer? Use TLS',
  'A transit gateway is a Regional virtual router working at layer 3',
  'A Gateway Load Balancer works at layer 3 too',
  'A user from either account can delete a shared transit gateway attachment',
  'Only the peering accepter can accept a transit gateway peering attachment',
  'A transit gateway scales elastically with traffic volume',
  'Each VPC attachment of a transit gateway is limited to 100 Gbps',
];

describeFlagCases('session 28 helper H: containers, file storage, hybrid networking', WRONG, RIGHT);
