using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sujuva.Web.Features;
using Sujuva.Web.Features.Auth;
using Sujuva.Web.Features.Boards;
using Sujuva.Web.Features.Cases;
using Sujuva.Web.Features.Clients;
using Sujuva.Web.Features.EventLog;
using Sujuva.Web.Features.Network;
using Sujuva.Web.Features.Referrals;
using Sujuva.Web.Features.WorkLogs;
using Sujuva.Web.Platform;

namespace Sujuva.Web.Data;

/// <summary>
/// The database. Each provider has a subclass (SqliteSujuvaDb, PostgresSujuvaDb) that keeps its own
/// migrations and its own save paths; the model is the same. The save paths (decisions 0008, 0009):
/// <code>
/// when                                            SQLite                                PostgreSQL
/// SaveChanges: one modified row + its events      SqliteOneTripSave, under the gate     PostgresOneTripSave: lock, update, insert in one batch
///   (a case moved, blocked, closed, reopened)
/// SaveChanges: other saves that append events     EF, under the gate                    EF in a transaction holding the event-log lock
/// SaveChanges: saves without events               EF, under the gate                    EF alone
/// inside BeginWriteAsync (ExecuteUpdate/Delete,   EF in the write's transaction,        EF in a plain transaction
///   bulk inserts, Identity, audit, seeding)         gate held until it is disposed
/// inside BeginSerializedWriteAsync (a count       as BeginWriteAsync                    EF in a transaction holding the event-log lock
///   that must hold until the save: a WIP limit;
///   bulk inserts beside events: an enrolment)
/// </code>
/// "The gate" is SQLite's one write gate per database: every write of the process passes it, so none meets
/// SQLITE_BUSY. A transaction begins only through these two methods (a banned-API rule keeps
/// BeginTransactionAsync in Data/).
/// </summary>
public abstract partial class SujuvaDb(DbContextOptions options)
    : IdentityDbContext<User, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientPersonalData> ClientPersonalData => Set<ClientPersonalData>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<WorkLog> WorkLogs => Set<WorkLog>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<BlockReasonName> BlockReasonNames => Set<BlockReasonName>();
    public DbSet<Features.Improvements.Improvement> Improvements => Set<Features.Improvements.Improvement>();
    public DbSet<Features.Sprints.Sprint> Sprints => Set<Features.Sprints.Sprint>();
    public DbSet<Features.Blueprints.BlueprintVersion> Blueprints => Set<Features.Blueprints.BlueprintVersion>();
    public DbSet<Features.Programmes.ProgrammeTemplate> ProgrammeTemplates => Set<Features.Programmes.ProgrammeTemplate>();
    public DbSet<Features.Programmes.ProgrammeEnrolment> ProgrammeEnrolments => Set<Features.Programmes.ProgrammeEnrolment>();
    public DbSet<Features.Programmes.CoachingSession> CoachingSessions => Set<Features.Programmes.CoachingSession>();
    public DbSet<Features.Programmes.SessionSeat> SessionSeats => Set<Features.Programmes.SessionSeat>();
    public DbSet<Features.Programmes.CalendarFeed> CalendarFeeds => Set<Features.Programmes.CalendarFeed>();
    public DbSet<Features.ClientPages.ClientLink> ClientLinks => Set<Features.ClientPages.ClientLink>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Platform.Jobs.Job> Jobs => Set<Platform.Jobs.Job>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        var idTypes = typeof(IEntityId).Assembly.GetTypes()
            .Where(t => t.IsValueType && typeof(IEntityId).IsAssignableFrom(t));
        foreach (var idType in idTypes)
            configurationBuilder.Properties(idType).HaveConversion(typeof(EntityIdConverter<>).MakeGenericType(idType));
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SujuvaDb).Assembly);
    }

    /// <summary>
    /// A write transaction for what SaveChanges alone cannot do (ExecuteUpdate/ExecuteDelete, bulk inserts, several
    /// saves as one). It takes no event-log lock on PostgreSQL: a write that appends events to a database others
    /// read uses <see cref="BeginSerializedWriteAsync"/> (seeding an empty database is the exception).
    /// </summary>
    public abstract Task<DbWrite> BeginWriteAsync(CancellationToken ct);

    /// <summary>A write no other event-appending writer runs beside: a rule that counts rows holds if the count and the save are inside one.</summary>
    public abstract Task<DbWrite> BeginSerializedWriteAsync(CancellationToken ct);

    /// <summary>Appends the events recorded by changed entities, in the same transaction as the change.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AppendRecordedEvents();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is null) Committed();
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AppendRecordedEvents();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (Database.CurrentTransaction is null) Committed();
        return saved;
    }

    /// <summary>Set by a save that appended events until they are committed; then the live feed is nudged.</summary>
    private bool _eventsToAnnounce;

    /// <summary>
    /// After a commit (a write's, or a save outside one): nudges the live feed (<see cref="EventLogSignal"/>) when events
    /// were appended, so open pages hear of them at once. appendedEvents: a save that appended events by its own path.
    /// </summary>
    internal void Committed(bool appendedEvents = false)
    {
        if (!_eventsToAnnounce && !appendedEvents) return;
        _eventsToAnnounce = false;
        EventLogSignal.For(Database.GetConnectionString()).Pulse();
    }

    private void AppendRecordedEvents()
    {
        var recorded = ChangeTracker.Entries<Entity>().SelectMany(e => e.Entity.TakeEvents()).ToList();
        Events.AddRange(recorded);
        if (ChangeTracker.Entries<Event>().Any(e => e.State == EntityState.Added)) _eventsToAnnounce = true;
        Features.Audit.AuditLog.RefuseChanges(ChangeTracker);
        if (ChangeTracker.Entries<Event>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The event log is append-only: events are never changed or deleted.");
    }
}
