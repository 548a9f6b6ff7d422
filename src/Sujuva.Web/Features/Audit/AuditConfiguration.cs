using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sujuva.Web.Features.Audit;

public sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Fields).HasMaxLength(300);
        b.Property(a => a.Detail).HasMaxLength(200);
        b.Property(a => a.Ip).HasMaxLength(45);
        b.Property(a => a.Source).HasMaxLength(200);
        // The two questions asked of the log: what did this user read, who read this client.
        b.HasIndex(a => new { a.UserId, a.At });
        b.HasIndex(a => new { a.ClientId, a.At });
        b.HasIndex(a => a.At);
        // Expanding one page view of the audit page.
        b.HasIndex(a => a.PageViewId);
    }
}
