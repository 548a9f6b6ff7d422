using Sujuva.Analytics.Simulation;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Clients;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Features.WorkLogs;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Data.DemoNetwork;

/// <summary>
/// Replays a simulated network through the domain entities, so the demo obeys the same rules as the
/// API, and collects the resulting entities and events in operation order. Runs in memory only.
/// </summary>
public sealed partial class DemoReplay
{
    private readonly Dictionary<string, Organisation> _organisations = [];
    private readonly Dictionary<string, Team> _teams = [];
    private readonly Dictionary<string, Service> _services = [];
    private readonly Dictionary<(string Service, string Stage), StageId> _stages = [];
    private readonly Dictionary<string, UserId> _users = [];
    private readonly Dictionary<int, Client> _clients = [];
    private readonly Dictionary<int, Case> _cases = [];
    private readonly Dictionary<int, Referral> _referrals = [];
    private readonly Dictionary<StageId, int> _openInStage = [];
    private readonly List<Entity> _changed = [];

    public List<Event> Events { get; } = [];
    public List<WorkLog> WorkLogs { get; } = [];
    public List<ClientPersonalData> PersonalData { get; } = [];
    public List<string> Refusals { get; } = [];

    public IEnumerable<Organisation> Organisations => _organisations.Values;
    public IEnumerable<Team> Teams => _teams.Values;
    public IEnumerable<Service> Services => _services.Values;
    public IEnumerable<Client> Clients => _clients.Values;
    public IEnumerable<Case> Cases => _cases.Values;
    public IEnumerable<Referral> Referrals => _referrals.Values;
    public IReadOnlyDictionary<string, UserId> Users => _users;

    public TeamId TeamIdOf(string teamKey) => _teams[teamKey].Id;

    /// <summary>The user ids to give the simulated workers (keys → ids) and who creates the structure.</summary>
    /// <param name="extras">For the full demo: assignees, client feedback, the network's block reason names, its improvement work and the
    /// remote coaching team's programmes too. Null for test fixtures,
    /// whose tests expect only the simulated operations.</param>
    public static DemoReplay Run(SimulatedNetwork network, IReadOnlyDictionary<string, UserId> users, int seed,
        DemoExtras? extras = null)
    {
        var replay = new DemoReplay();
        foreach (var (key, id) in users) replay._users[key] = id;
        var start = network.Operations.Count > 0 ? network.Operations[0].At.AddDays(-1) : DateTime.UnixEpoch;
        var admin = network.Workers.FirstOrDefault(w => w.Role == SimRole.Administrator)?.Key;
        var by = admin is null ? new UserId(Guid.Empty) : users[admin];
        replay.BuildStructure(network, by, start, new Random(seed));
        if (extras is not null)
        {
            replay.NameBlockReasons(by, start);
            replay.PrepareAssignees(network, seed);
            replay.PreparePairs(seed, extras.PairWorkUtc);
            var end = network.Operations.Count > 0 ? network.Operations[^1].At : start;
            replay.PrepareFeedback(seed, extras.ImprovementUtc, end);
            replay.PrepareProgrammes(network, seed, start, end);
            replay.PrepareImprovements(network, extras, start, end);
        }
        foreach (var operation in network.Operations)
        {
            replay.ImproveUntil(operation.At);
            replay.CoachUntil(operation.At);
            replay.Apply(operation);
        }

        replay.ImproveUntil(DateTime.MaxValue);
        replay.CoachUntil(DateTime.MaxValue);
        return replay;
    }

    private void BuildStructure(SimulatedNetwork network, UserId by, DateTime at, Random random)
    {
        foreach (var o in network.Organisations)
            Keep(_organisations[o.Key] = Organisation.Create(o.Name.Fi, o.Name.Sv, o.Name.En, by, at));
        foreach (var t in network.Teams)
            Keep(_teams[t.Key] = Team.Create(_organisations[t.OrganisationKey].Id, t.Name.Fi, by, at, t.Name.Sv, t.Name.En));
        foreach (var s in network.Services)
        {
            var specs = s.Stages.Select(x => new StageSpec(x.Name.Fi,
                x.Kind == SimStageKind.Working ? StageKind.Working : StageKind.Waiting, x.WipLimit, x.Name.Sv, x.Name.En)).ToList();
            var (service, refusal) = Service.Create(_teams[s.TeamKey], s.Name.Fi, specs, by, at, s.Name.Sv, s.Name.En);
            if (service is null) throw new InvalidOperationException($"Service {s.Key}: {refusal!.Message}");
            Keep(_services[s.Key] = service);
            _serviceKeys[service.Id] = s.Key;
            for (var i = 0; i < s.Stages.Count; i++) _stages[(s.Key, s.Stages[i].Key)] = service.Stages[i].Id;
        }
        foreach (var c in network.Clients)
        {
            var client = Keep(_clients[c.Key] = Client.Register(by, at, random.Next));
            PersonalData.Add(new ClientPersonalData(client.Id, c.FirstName, c.LastName, c.BirthDate, null,
                c.Municipality, null, null));
        }
        Collect();
    }

    private T Keep<T>(T entity) where T : Entity
    {
        _changed.Add(entity);
        return entity;
    }

    /// <summary>Moves the events each operation recorded into the log, preserving operation order.</summary>
    private void Collect()
    {
        foreach (var entity in _changed) Events.AddRange(entity.TakeEvents());
        _changed.Clear();
    }
}
