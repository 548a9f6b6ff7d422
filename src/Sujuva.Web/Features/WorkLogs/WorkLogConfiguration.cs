using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Features.Cases;

namespace Sujuva.Web.Features.WorkLogs;

public sealed class WorkLogConfiguration : IEntityTypeConfiguration<WorkLog>
{
    public void Configure(EntityTypeBuilder<WorkLog> b)
    {
        b.HasOne<Case>().WithMany().HasForeignKey(w => w.CaseId);
        b.HasIndex(w => w.CaseId);
    }
}
