# learning-fig3.gp: tangled from noweb/learning.nw; edit that, not this.
load 'figures/style.gp'
set terminal cairolatex pdf input size 12cm,9cm colortext
set output outfile
array col[5] = ['#000000', '#0072b2', '#d55e00', '#009e73', '#882255']
array nus[5] = ['0.5', '1', '2', '5', '10']
do for [j = 1:5] {
  set style line 20 + j lc rgb col[j] lw 2 dt 1
  set style line 30 + j lc rgb col[j] lw 2 dt (6,3)
  set style line 40 + j lc rgb col[j] pt 2 ps 0.8 lw 1.5
}
set multiplot
set lmargin at screen 0.12
set rmargin at screen 0.97
set bmargin at screen 0.13
set tmargin at screen 0.97
set logscale x
set format x '$10^{%L}$'
set xlabel '$\alpha$'
set ylabel '$I(\sigma_T^\mu:\sigma^\mu)$'
set xrange [0.01:10]
set yrange [0:0.72]
set key at graph 0.98, 0.98 right spacing 1.1 samplen 2.5
plot for [j = 1:5] 'reports/learning-fig3.tsv' index j - 1 using 1:3 with lines ls 20 + j \
       title '$\nu=' . nus[j] . '$', \
     for [j = 1:5] '' index j - 1 using 1:4 with lines ls 30 + j notitle, \
     for [j = 1:5] 'reports/learning-fig3-mc.tsv' index j - 1 using 1:5:6 \
       with yerrorbars ls 40 + j notitle, \
     NaN with lines lc rgb '#000000' lw 2 dt (6,3) title '(S70)', \
     NaN with points lc rgb '#000000' pt 2 ps 0.8 lw 1.5 title 'Monte Carlo'
unset key
set lmargin at screen 0.22
set rmargin at screen 0.48
set bmargin at screen 0.53
set tmargin at screen 0.70
set xlabel ''
set ylabel ''
set label 1 '{\small $\tilde\eta$}' at graph 0.02, 1.14 left front
set yrange [0:0.22]
set ytics ('{\scriptsize 0}' 0, '{\scriptsize 0.1}' 0.1, '{\scriptsize 0.2}' 0.2)
set xtics ('{\scriptsize $10^{-2}$}' 0.01, '{\scriptsize $10^{-1}$}' 0.1, '{\scriptsize $1$}' 1, \
           '{\scriptsize $10$}' 10)
unset grid
set object 1 rectangle from graph 0, 0 to graph 1, 1 behind fc rgb 'white' fs solid noborder
plot for [j = 1:5] 'reports/learning-fig3.tsv' index j - 1 using 1:6 with lines ls 20 + j, \
     for [j = 1:5] '' index j - 1 using 1:5 with lines ls 30 + j
unset multiplot
