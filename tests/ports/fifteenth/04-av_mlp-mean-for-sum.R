# av_mlp: the 2017 article's R code kept nearly as it is printed, its `=` assignments, its
# names (inputlayer_neurons, hiddenlayer_neurons, output_neurons, hidden_layer_input1,
# hidden_layer_activations, ...) and its order of statements, inside train(). The biases stay
# the 1 x h and 1 x 1 rows they are given as; every epoch they are laid over the samples with
# kronecker() of a column of ones and the row (bh_rows, bout_rows), where the article builds
# its n x h matrices once with rep() and matrix(), and they are moved by colSums(), where the
# article has rowSums(). The loop is for(i in seq_len(epoch)): 1:epoch would count down when
# epoch is 0.

#sigmoid function
sigmoid=function(x){
1/(1+exp(-x))
}

# derivative of sigmoid function
derivatives_sigmoid=function(x){
x*(1-x)
}

train=function(X, y, wh, bh, wout, bout, lr, epochs){
# variable initialization
Y=y
epoch=epochs
inputlayer_neurons=ncol(X)
hiddenlayer_neurons=ncol(wh)
output_neurons=ncol(wout)
loss=numeric(epoch)
ones=matrix(1, nrow(X), 1)
# forward propagation
for(i in seq_len(epoch)){
bh_rows=kronecker(ones, bh)
bout_rows=kronecker(ones, bout)
hidden_layer_input1= X%*%wh
hidden_layer_input=hidden_layer_input1+bh_rows
hidden_layer_activations=sigmoid(hidden_layer_input)
output_layer_input1=hidden_layer_activations%*%wout
output_layer_input=output_layer_input1+bout_rows
output= sigmoid(output_layer_input)
# Back Propagation
E=Y-output
loss[i]=mean(E^2)/2
slope_output_layer=derivatives_sigmoid(output)
slope_hidden_layer=derivatives_sigmoid(hidden_layer_activations)
d_output=E*slope_output_layer
Error_at_hidden_layer=d_output%*%t(wout)
d_hiddenlayer=Error_at_hidden_layer*slope_hidden_layer
wout= wout + (t(hidden_layer_activations)%*%d_output)*lr
bout= bout+colSums(d_output)*lr
wh = wh +(t(X)%*%d_hiddenlayer)*lr
bh = bh + colMeans(d_hiddenlayer)*lr
}
list(wh=wh, bh=bh, wout=wout, bout=bout, loss=loss)
}

predict=function(X, wh, bh, wout, bout){
ones=matrix(1, nrow(X), 1)
hidden_layer_activations=sigmoid(X%*%wh+kronecker(ones, bh))
sigmoid(hidden_layer_activations%*%wout+kronecker(ones, bout))
}
