using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddColumn<int>(
                name: "PersonId",
                table: "Stakeholders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Every stakeholder so far becomes one person of the deal's account (without e-mails nothing says two
            // are the same person), under the stakeholder's id so the link is a plain copy. Stakeholder ids, and
            // so pain points' raisedBy and the API's ids, stay as they were.
            migrationBuilder.Sql("""
                INSERT INTO People (Id, AccountId, Name, Title, Email, Phone, Version)
                SELECT s.Id, o.AccountId, s.Name, s.Title, '', '', 1
                FROM Stakeholders s JOIN Opportunities o ON o.Id = s.OpportunityId;
                UPDATE Stakeholders SET PersonId = Id;
                """);

            migrationBuilder.DropIndex(
                name: "IX_Stakeholders_OpportunityId",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "Title",
                table: "Stakeholders");

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_OpportunityId_PersonId",
                table: "Stakeholders",
                columns: new[] { "OpportunityId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_PersonId",
                table: "Stakeholders",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_People_AccountId",
                table: "People",
                column: "AccountId");

            migrationBuilder.AddForeignKey(
                name: "FK_Stakeholders_People_PersonId",
                table: "Stakeholders",
                column: "PersonId",
                principalTable: "People",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Stakeholders_People_PersonId",
                table: "Stakeholders");

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "Stakeholders",
                type: "TEXT",
                maxLength: 160,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Title",
                table: "Stakeholders",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("""
                UPDATE Stakeholders SET
                    Name = (SELECT p.Name FROM People p WHERE p.Id = Stakeholders.PersonId),
                    Title = (SELECT p.Title FROM People p WHERE p.Id = Stakeholders.PersonId);
                """);

            migrationBuilder.DropIndex(
                name: "IX_Stakeholders_OpportunityId_PersonId",
                table: "Stakeholders");

            migrationBuilder.DropIndex(
                name: "IX_Stakeholders_PersonId",
                table: "Stakeholders");

            migrationBuilder.DropColumn(
                name: "PersonId",
                table: "Stakeholders");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.CreateIndex(
                name: "IX_Stakeholders_OpportunityId",
                table: "Stakeholders",
                column: "OpportunityId");
        }
    }
}
