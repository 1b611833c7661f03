-- wrk script: POST /api/chat with questions the corpus answers, in rotation; prints a RESULT line.
local questions = {
  "Ai ký Quyết định 157/QĐ-TTg?",
  "Nghị quyết 71-NQ/TW được ban hành ngày nào?",
  "Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?",
  "Kế hoạch của Hải Phòng giao Sở Giáo dục và Đào tạo nhiệm vụ gì?",
  "kinh phi thuc hien ke hoach truyen thong cua lang son lay tu dau",
  "Quảng Ngãi tuyên truyền Nghị quyết 71 như thế nào?",
}
local index = 0

request = function()
  index = index % #questions + 1
  return wrk.format("POST", "/api/chat", { ["Content-Type"] = "application/json" },
    '{"question":"' .. questions[index] .. '"}')
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
