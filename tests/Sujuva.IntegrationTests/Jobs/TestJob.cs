namespace Sujuva.IntegrationTests.Jobs;

/// <summary>The tests' job payload: its handler fails the first <paramref name="Failures"/> attempts.</summary>
public sealed record TestJob(string Name, int Failures = 0);
