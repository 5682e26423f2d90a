using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProposalNotesAndSubmission : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SentRevision",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SubmittedOptionId",
                table: "Proposals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "ProposalLines",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ProposalPainNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProposalId = table.Column<int>(type: "INTEGER", nullable: false),
                    PainPointId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalPainNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposalPainNotes_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalPainNotes_ProposalId_PainPointId",
                table: "ProposalPainNotes",
                columns: new[] { "ProposalId", "PainPointId" },
                unique: true);

            // Proposals in review were submitted as the queue read them, first option first; sent ones handed over their latest revision.
            migrationBuilder.Sql(
                "UPDATE Proposals SET SubmittedOptionId = (SELECT o.Id FROM ProposalOptions o WHERE o.ProposalId = Proposals.Id ORDER BY o.Position, o.Id LIMIT 1) WHERE Status = 'InReview';");
            migrationBuilder.Sql(
                "UPDATE Proposals SET SentRevision = (SELECT MAX(r.Number) FROM ProposalRevisions r WHERE r.ProposalId = Proposals.Id) WHERE Status IN ('Sent', 'Won', 'Lost');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposalPainNotes");

            migrationBuilder.DropColumn(
                name: "SentRevision",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "SubmittedOptionId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "ProposalLines");
        }
    }
}
