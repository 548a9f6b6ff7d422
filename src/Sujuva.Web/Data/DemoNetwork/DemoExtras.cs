namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// What only the full demo adds to the simulated operations: case assignees, client feedback, a year of staff
/// pulse and the network's improvement work. ImprovementUtc and PairWorkUtc are the run's SimulationOptions
/// dates: from the first the rehabilitative service's queue shortens and its clients and staff answer more
/// positively; from the second family social work pairs its workers and its cases need less work.
/// </summary>
public sealed record DemoExtras(DateTime ImprovementUtc, DateTime PairWorkUtc);
